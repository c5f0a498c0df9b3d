package com.generalaugment.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Tokens made outside the app under test, as another instance (or an attacker) would make them, and
 * a look inside the ones it issues.
 */
final class SampleTokens {

	/** A secret the tests configure with {@code sample.token.secret}. */
	static final String SECRET = "test-secret-of-at-least-thirty-two-bytes";

	private SampleTokens() {
	}

	static String mint(String secret, String issuer, String subject, Instant issuedAt, Instant expiresAt) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(subject)
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.claim("roles", List.of("USER"))
			.build();
		SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		return NimbusJwtEncoder.withSecretKey(key)
			.algorithm(MacAlgorithm.HS256)
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	static String mint(String secret, String subject, Instant issuedAt, Instant expiresAt) {
		return mint(secret, "genaug-sample-app", subject, issuedAt, expiresAt);
	}

	static JsonNode header(String jwt) {
		return part(jwt, 0);
	}

	static JsonNode claims(String jwt) {
		return part(jwt, 1);
	}

	private static JsonNode part(String jwt, int index) {
		byte[] json = Base64.getUrlDecoder().decode(jwt.split("\\.")[index]);
		return SampleHttp.JSON.readTree(new String(json, StandardCharsets.UTF_8));
	}

}
