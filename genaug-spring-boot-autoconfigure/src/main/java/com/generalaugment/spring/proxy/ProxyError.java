package com.generalaugment.spring.proxy;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * An error answer of the proxy: the HTTP status and the body {@code {"error": {"reason", "message",
 * "request_id"}}}. Messages are written for the app's end users and developers; they never carry the
 * platform key, base URL or any other server configuration.
 *
 * @param status the HTTP status
 * @param reason the stable machine-readable reason clients switch on
 * @param message a human-readable message
 * @param requestId the platform's request id when it answered, else {@code null} (the proxy's own
 * request id is used)
 * @param retryAfter the wait sent as {@code Retry-After}, or {@code null}
 */
record ProxyError(int status, String reason, String message, @Nullable String requestId,
		@Nullable Duration retryAfter) {

	static ProxyError of(int status, String reason, String message) {
		return new ProxyError(status, reason, message, null, null);
	}

	/** The answer while the per-user state store cannot: nothing reached the platform, retry shortly. */
	static ProxyError storeUnavailable() {
		return new ProxyError(503, "store_unavailable", "The service is temporarily unavailable. Please retry shortly.",
				null, Duration.ofSeconds(1));
	}

	/** @return the {@code Retry-After} value in whole seconds (rounded up, at least 1), or {@code null} */
	@Nullable String retryAfterHeader() {
		if (this.retryAfter == null) {
			return null;
		}
		long millis = Math.max(1, this.retryAfter.toMillis());
		return Long.toString((millis + 999) / 1000);
	}

}
