package com.generalaugment.sample.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bearer tokens {@code POST /auth/token} issues, and how failed sign-ins there are throttled.
 *
 * @param secret the HS256 signing key (its UTF-8 bytes, at least 32 of them); share it between the
 * instances behind a load balancer so that each accepts the others' tokens. When not set (or blank),
 * a random key is made at start and tokens do not survive a restart
 * @param ttl how long a token is valid
 * @param throttle when failed sign-ins for one user name are refused without checking the password
 */
@ConfigurationProperties("sample.token")
public record TokenProperties(@Nullable String secret, @DefaultValue("900s") Duration ttl,
		@DefaultValue Throttle throttle) {

	/** HS256 keys shorter than its 256-bit output weaken it; RFC 7518 requires at least this many bytes. */
	static final int MIN_SECRET_BYTES = 32;

	public TokenProperties {
		if (secret != null && secret.isBlank()) {
			secret = null;
		}
		if (secret != null) {
			int length = secret.getBytes(StandardCharsets.UTF_8).length;
			// The message names the length only: a start-up failure must not print the key into a log.
			if (length < MIN_SECRET_BYTES) {
				throw new IllegalArgumentException("sample.token.secret must be at least " + MIN_SECRET_BYTES
						+ " bytes (it has " + length + "); generate one with: openssl rand -base64 32");
			}
		}
		if (ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("sample.token.ttl must be positive");
		}
	}

	/**
	 * Throttling of password guessing at the token endpoint, per user name.
	 *
	 * @param maxFailures failed sign-ins for one name after which further attempts answer 429
	 * @param window the time from a name's first failure after which its count starts again
	 */
	public record Throttle(@DefaultValue("5") int maxFailures, @DefaultValue("1m") Duration window) {
	}

}
