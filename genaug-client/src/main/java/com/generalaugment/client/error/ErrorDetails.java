package com.generalaugment.client.error;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Everything known about a failed call, carried by every {@link GeneralAugmentException}.
 *
 * @param status the HTTP status, or {@code 0} when no HTTP reply was received (timeouts, connection
 * failures, an {@code event: error} inside a stream)
 * @param reason the stable machine-readable reason callers switch on (contract §5), never {@code null}
 * @param code the platform's {@code code} when it sent one
 * @param message a human-readable message, never containing a credential
 * @param requestId the request id ({@code X-Request-ID} header, else the body's {@code request_id})
 * @param traceId the trace id ({@code X-Trace-ID} header, else the body's {@code trace_id})
 * @param retryAfter how long the platform asked the caller to wait, when it said so
 * @param rateLimit the {@code X-RateLimit-*} headers of the reply
 * @param body the decoded JSON error body, when the body was JSON
 * @param rawBody the raw reply text (credentials redacted), when there was a body
 */
public record ErrorDetails(int status, String reason, @Nullable String code, String message,
		@Nullable String requestId, @Nullable String traceId, @Nullable Duration retryAfter, RateLimit rateLimit,
		@Nullable JsonNode body, @Nullable String rawBody) {

	/**
	 * Details of a failure that happened on the client side, without an HTTP reply.
	 * @param reason the stable reason
	 * @param message the message
	 * @return the details
	 */
	public static ErrorDetails clientSide(String reason, String message) {
		return new ErrorDetails(0, reason, null, message, null, null, null, RateLimit.NONE, null, null);
	}

}
