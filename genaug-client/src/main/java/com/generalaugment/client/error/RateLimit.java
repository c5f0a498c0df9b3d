package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform's {@code X-RateLimit-*} headers as sent with a reply.
 *
 * @param limit the {@code X-RateLimit-Limit} value, or {@code null} when absent
 * @param remaining the {@code X-RateLimit-Remaining} value, or {@code null} when absent
 * @param reset the {@code X-RateLimit-Reset} value as sent (seconds or a timestamp), or {@code null}
 * @param policy the {@code X-RateLimit-Policy} value, or {@code null} when absent
 */
public record RateLimit(@Nullable Long limit, @Nullable Long remaining, @Nullable String reset,
		@Nullable String policy) {

	/** A value with no header present. */
	public static final RateLimit NONE = new RateLimit(null, null, null, null);

	/**
	 * Whether any rate-limit header was present.
	 * @return {@code true} when at least one header was sent
	 */
	public boolean isPresent() {
		return this.limit != null || this.remaining != null || this.reset != null || this.policy != null;
	}
}
