package com.generalaugment.sample.security;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for the mobile app: HTTP Basic in (checked and throttled by {@link SecurityConfig}), a
 * short-lived signed bearer token out, in the shape of an OAuth 2.0 token response. Its subject is the
 * user name, which the proxy and the other endpoints use as the user id.
 */
@RestController
class TokenController {

	private final JwtEncoder encoder;

	private final TokenProperties properties;

	TokenController(JwtEncoder encoder, TokenProperties properties) {
		this.encoder = encoder;
		this.properties = properties;
	}

	@PostMapping("/auth/token")
	ResponseEntity<TokenReply> token(Authentication authentication) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(TokenConfig.ISSUER)
			.subject(authentication.getName())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.ttl()))
			.claim(SecurityConfig.ROLES_CLAIM, SecurityConfig.roles(authentication))
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		// A token is a credential: no cache on the way may keep a copy (as OAuth 2.0 asks of token replies).
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new TokenReply(token, "Bearer", this.properties.ttl().toSeconds()));
	}

	record TokenReply(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
	}

}
