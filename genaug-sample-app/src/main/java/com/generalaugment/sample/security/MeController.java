package com.generalaugment.sample.security;

import java.security.Principal;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is: lets the app check its credentials before the first real call.
 */
@RestController
class MeController {

	@GetMapping("/me")
	Map<String, String> me(Principal principal) {
		return Map.of("user", principal.getName());
	}

}
