package com.generalaugment.sample.security;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The one HS256 key that signs the tokens of {@code POST /auth/token} and checks them on every other
 * call: {@code sample.token.secret} when set, so that instances behind a load balancer accept each
 * other's tokens, otherwise a random key made at start.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfig {

	/** The {@code iss} of our tokens: a token from any other issuer sharing the key is refused. */
	static final String ISSUER = "genaug-sample-app";

	private static final Log logger = LogFactory.getLog(TokenConfig.class);

	@Bean
	SecretKey tokenSigningKey(TokenProperties properties) throws NoSuchAlgorithmException {
		if (properties.secret() != null) {
			return new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		}
		logger.info("sample.token.secret is not set: signing tokens with a random key, so tokens will not "
				+ "survive a restart and other instances will not accept them");
		KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
		generator.init(256);
		return generator.generateKey();
	}

	@Bean
	JwtEncoder tokenEncoder(SecretKey tokenSigningKey) {
		return NimbusJwtEncoder.withSecretKey(tokenSigningKey).algorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	JwtDecoder tokenDecoder(SecretKey tokenSigningKey) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenSigningKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		// Signature, then expiry (with the default minute of clock skew between instances) and issuer.
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder;
	}

}
