package com.generalaugment.sample.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is: lets the app check its token before the first real call, and show what its
 * user's roles allow.
 */
@RestController
class MeController {

	@GetMapping("/me")
	Me me(Authentication authentication) {
		return new Me(authentication.getName(), SecurityConfig.roles(authentication));
	}

	record Me(String user, List<String> roles) {
	}

}
