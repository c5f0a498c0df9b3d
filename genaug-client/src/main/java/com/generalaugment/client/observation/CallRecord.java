package com.generalaugment.client.observation;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one platform call did: the facts observability and support need, and never a prompt, an
 * output or a key.
 *
 * @param operation the operation, named as in the platform's SDKs, e.g. {@code createResponse}
 * @param model the requested model for Responses calls, else {@code null}
 * @param streaming whether the reply was streamed
 * @param status the HTTP status of the last attempt, or {@code 0} when no reply was received
 * @param reason {@code null} on success, else the failure's stable reason ({@code rate_limited},
 * {@code request_timeout}, …)
 * @param startedAt when the call started
 * @param duration how long the whole call took, retries and (for streams) the whole body included
 * @param attempts how many HTTP attempts were made
 * @param responseId the response id ({@code id} of the reply), when there is one
 * @param requestId the platform's request id, when known
 * @param traceId the platform's trace id, when known
 * @param inputTokens input tokens from the reply's {@code usage}, when reported
 * @param outputTokens output tokens from the reply's {@code usage}, when reported
 * @param timeToFirstEvent for a stream, the time from the call's start to its first event; {@code null}
 * for a call that is not a stream or a stream that ended before any event
 * @param error the failure, {@code null} on success
 */
public record CallRecord(String operation, @Nullable String model, boolean streaming, int status,
		@Nullable String reason, Instant startedAt, Duration duration, int attempts, @Nullable String responseId,
		@Nullable String requestId, @Nullable String traceId, @Nullable Long inputTokens,
		@Nullable Long outputTokens, @Nullable Duration timeToFirstEvent, @Nullable Throwable error) {

	/** @return whether the call succeeded */
	public boolean isSuccess() {
		return this.reason == null;
	}

}
