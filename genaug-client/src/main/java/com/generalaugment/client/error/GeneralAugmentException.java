package com.generalaugment.client.error;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The one unchecked exception family of the SDK. Switch on {@link #reason()}, never on the message:
 * reasons are the platform's stable values ({@code rate_limited}, {@code idempotency_key_conflict}, …)
 * or one of the client-side ones ({@code request_timeout}, {@code connection_failed},
 * {@code request_failed}, {@code malformed_json}, {@code response_too_large},
 * {@code unexpected_content_type}, {@code stream_truncated}).
 *
 * <p>Subclasses say where the failure happened; all of them carry the same {@link ErrorDetails}.
 * No credential ever appears in a message, {@link #toString()} or the kept body.
 */
public class GeneralAugmentException extends RuntimeException {

	private final ErrorDetails details;

	/**
	 * Create an exception from its details.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public GeneralAugmentException(ErrorDetails details, @Nullable Throwable cause) {
		super(details.message(), cause);
		this.details = details;
	}

	/** @return all details of the failure */
	public ErrorDetails details() {
		return this.details;
	}

	/** @return the HTTP status, or {@code 0} when no HTTP reply was received */
	public int status() {
		return this.details.status();
	}

	/** @return the stable reason to switch on */
	public String reason() {
		return this.details.reason();
	}

	/** @return the platform's error code, or {@code null} */
	public @Nullable String code() {
		return this.details.code();
	}

	/** @return the request id for support, or {@code null} */
	public @Nullable String requestId() {
		return this.details.requestId();
	}

	/** @return the trace id for support, or {@code null} */
	public @Nullable String traceId() {
		return this.details.traceId();
	}

	/** @return how long the platform asked to wait before retrying, or {@code null} */
	public @Nullable Duration retryAfter() {
		return this.details.retryAfter();
	}

	/** @return the rate-limit headers of the reply ({@link RateLimit#NONE} when absent) */
	public RateLimit rateLimit() {
		return this.details.rateLimit();
	}

	/** @return the decoded JSON error body, or {@code null} when it was not JSON */
	public @Nullable JsonNode body() {
		return this.details.body();
	}

	/** @return the raw reply text, or {@code null} */
	public @Nullable String rawBody() {
		return this.details.rawBody();
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
		if (status() != 0) {
			text.append("status=").append(status()).append(", ");
		}
		text.append("reason=").append(reason());
		if (requestId() != null) {
			text.append(", requestId=").append(requestId());
		}
		return text.append(", message=").append(getMessage()).append('}').toString();
	}

}
