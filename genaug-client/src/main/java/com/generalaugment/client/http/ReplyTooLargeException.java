package com.generalaugment.client.http;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * A 2xx reply over the request's {@linkplain HttpSenderRequest#maxResponseSize() maximum size}, announced
 * by its {@code Content-Length} or counted as it arrived. Thrown by a sender, which drops the connection
 * without reading the rest; the SDK turns it into a {@code ResponseTooLargeException}.
 */
public class ReplyTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final @Nullable String requestId;

	private final @Nullable String traceId;

	private final long limit;

	private final long declared;

	/**
	 * Create the failure.
	 * @param status the reply's status
	 * @param requestId the reply's {@code X-Request-ID}, if any
	 * @param traceId the reply's {@code X-Trace-ID}, if any
	 * @param limit the size limit in bytes
	 * @param declared the announced {@code Content-Length}, or {@code -1} when the body was counted
	 */
	public ReplyTooLargeException(int status, @Nullable String requestId, @Nullable String traceId, long limit,
			long declared) {
		super((declared >= 0) ? "Content-Length " + declared + " is over the limit of " + limit + " bytes"
				: "The body is over the limit of " + limit + " bytes");
		this.status = status;
		this.requestId = requestId;
		this.traceId = traceId;
		this.limit = limit;
		this.declared = declared;
	}

	/** @return the reply's status */
	public int status() {
		return this.status;
	}

	/** @return the reply's {@code X-Request-ID}, if any */
	public @Nullable String requestId() {
		return this.requestId;
	}

	/** @return the reply's {@code X-Trace-ID}, if any */
	public @Nullable String traceId() {
		return this.traceId;
	}

	/** @return the size limit in bytes */
	public long limit() {
		return this.limit;
	}

	/** @return the announced {@code Content-Length}, or {@code -1} when the body was counted */
	public long declared() {
		return this.declared;
	}

}
