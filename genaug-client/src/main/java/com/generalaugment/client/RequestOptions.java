package com.generalaugment.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Per-call options: idempotency key, request id, W3C trace context, timeout overrides and extra
 * headers. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .idempotencyKey("support-thread-123-turn-1")
 *     .requestId("req_app_123")
 *     .build();
 * }</pre>
 *
 * @param idempotencyKey sent as {@code X-Idempotency-Key}; when absent the SDK generates a UUID for
 * every create/stream call and reuses it on each retry
 * @param requestId sent as {@code X-Request-ID}
 * @param traceparent sent as W3C {@code traceparent}
 * @param tracestate sent as W3C {@code tracestate}
 * @param timeout overrides the client's timeout for this call ({@link Duration#ZERO} = none)
 * @param streamTimeout for a stream, how long it may last in all, its events included, instead of the
 * timeout; the timeout still bounds the wait for the stream to open ({@code null} = the timeout)
 * @param extraHeaders more headers to send
 */
public record RequestOptions(@Nullable String idempotencyKey, @Nullable String requestId,
		@Nullable String traceparent, @Nullable String tracestate, @Nullable Duration timeout,
		@Nullable Duration streamTimeout, Map<String, String> extraHeaders) {

	private static final RequestOptions NONE = new RequestOptions(null, null, null, null, null, null, Map.of());

	/**
	 * Validates the timeouts and copies the headers.
	 * @param idempotencyKey the idempotency key
	 * @param requestId the request id
	 * @param traceparent the traceparent
	 * @param tracestate the tracestate
	 * @param timeout the timeout override
	 * @param streamTimeout the stream timeout override
	 * @param extraHeaders the extra headers
	 */
	public RequestOptions {
		if (timeout != null && timeout.isNegative()) {
			throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
		}
		if (streamTimeout != null && streamTimeout.isNegative()) {
			throw new IllegalArgumentException("streamTimeout must not be negative, was " + streamTimeout);
		}
		extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(extraHeaders));
	}

	/** @return options that set nothing */
	public static RequestOptions none() {
		return NONE;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * These options as defaults under a call's own: each field the call sets wins, headers are merged.
	 * @param call the call's options
	 * @return the options the call is sent with
	 */
	RequestOptions overriddenBy(RequestOptions call) {
		if (this == NONE || this.equals(NONE)) {
			return call;
		}
		if (call == NONE || call.equals(NONE)) {
			return this;
		}
		Map<String, String> headers = new LinkedHashMap<>(this.extraHeaders);
		headers.putAll(call.extraHeaders);
		return new RequestOptions(pick(call.idempotencyKey, this.idempotencyKey), pick(call.requestId, this.requestId),
				pick(call.traceparent, this.traceparent), pick(call.tracestate, this.tracestate),
				pick(call.timeout, this.timeout), pick(call.streamTimeout, this.streamTimeout), headers);
	}

	private static <T> @Nullable T pick(@Nullable T call, @Nullable T defaults) {
		return (call != null) ? call : defaults;
	}

	/** Headers of these options, in the order they are sent. */
	Map<String, String> headers() {
		if (this.extraHeaders.isEmpty() && this.idempotencyKey == null && this.requestId == null
				&& this.traceparent == null && this.tracestate == null) {
			return Map.of();
		}
		Map<String, String> headers = new LinkedHashMap<>(this.extraHeaders);
		putIfSet(headers, "X-Idempotency-Key", this.idempotencyKey);
		putIfSet(headers, "X-Request-ID", this.requestId);
		putIfSet(headers, "traceparent", this.traceparent);
		putIfSet(headers, "tracestate", this.tracestate);
		return headers;
	}

	private static void putIfSet(Map<String, String> headers, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			headers.put(name, value);
		}
	}

	/**
	 * Builder of {@link RequestOptions}.
	 */
	public static final class Builder {

		private @Nullable String idempotencyKey;

		private @Nullable String requestId;

		private @Nullable String traceparent;

		private @Nullable String tracestate;

		private @Nullable Duration timeout;

		private @Nullable Duration streamTimeout;

		private final Map<String, String> extraHeaders = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * The idempotency key ({@code X-Idempotency-Key}).
		 * @param idempotencyKey the key
		 * @return this builder
		 */
		public Builder idempotencyKey(@Nullable String idempotencyKey) {
			this.idempotencyKey = idempotencyKey;
			return this;
		}

		/**
		 * The request id ({@code X-Request-ID}).
		 * @param requestId the id
		 * @return this builder
		 */
		public Builder requestId(@Nullable String requestId) {
			this.requestId = requestId;
			return this;
		}

		/**
		 * The W3C {@code traceparent}.
		 * @param traceparent the value
		 * @return this builder
		 */
		public Builder traceparent(@Nullable String traceparent) {
			this.traceparent = traceparent;
			return this;
		}

		/**
		 * The W3C {@code tracestate}.
		 * @param tracestate the value
		 * @return this builder
		 */
		public Builder tracestate(@Nullable String tracestate) {
			this.tracestate = tracestate;
			return this;
		}

		/**
		 * A timeout for this call instead of the client's.
		 * @param timeout the timeout, {@link Duration#ZERO} for none
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * How long a stream may last in all, instead of the timeout: for answers that stream for minutes.
		 * The timeout still bounds the wait for the stream to open, so a platform that never answers is
		 * noticed as soon as without it.
		 * @param streamTimeout the longest a stream may last, {@link Duration#ZERO} for no limit
		 * @return this builder
		 */
		public Builder streamTimeout(@Nullable Duration streamTimeout) {
			this.streamTimeout = streamTimeout;
			return this;
		}

		/**
		 * An extra header.
		 * @param name the name
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.extraHeaders.put(name, value);
			return this;
		}

		/** @return the options */
		public RequestOptions build() {
			return new RequestOptions(this.idempotencyKey, this.requestId, this.traceparent, this.tracestate,
					this.timeout, this.streamTimeout, this.extraHeaders);
		}

	}

}
