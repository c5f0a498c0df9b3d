package com.generalaugment.client.http;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange for an {@link HttpSender} to send: method, absolute URI, headers (one value per
 * name, names compared ignoring case), the JSON body, and the limits the sender keeps. Immutable; a
 * sender that changes a request (an interceptor adding a header) builds a new one with
 * {@link #toBuilder()}.
 */
public final class HttpSenderRequest {

	private static final String[] NO_HEADERS = {};

	private final String method;

	private final URI uri;

	// Name, value, name, value... in the order first set.
	private final String[] headers;

	private final byte @Nullable [] body;

	private final @Nullable Duration timeout;

	private final @Nullable Duration bodyTimeout;

	private final boolean streaming;

	private final long maxResponseSize;

	private HttpSenderRequest(Builder builder) {
		this.method = builder.method;
		this.uri = builder.uri;
		this.headers = Arrays.copyOf(builder.headers, builder.headerCount * 2);
		this.body = builder.body;
		this.timeout = builder.timeout;
		this.bodyTimeout = builder.bodyTimeout;
		this.streaming = builder.streaming;
		this.maxResponseSize = builder.maxResponseSize;
	}

	/**
	 * Start a request.
	 * @param method the HTTP method, such as {@code POST}
	 * @param uri the absolute URI
	 * @return the builder
	 */
	public static Builder builder(String method, URI uri) {
		return new Builder(method, uri);
	}

	/** @return a builder holding everything this request holds */
	public Builder toBuilder() {
		Builder builder = new Builder(this.method, this.uri);
		forEachHeader(builder::header);
		return builder.body(this.body)
			.timeout(this.timeout)
			.bodyTimeout(this.bodyTimeout)
			.streaming(this.streaming)
			.maxResponseSize(this.maxResponseSize);
	}

	/** @return the HTTP method */
	public String method() {
		return this.method;
	}

	/** @return the absolute URI */
	public URI uri() {
		return this.uri;
	}

	/**
	 * Pass every header to an action, in the order they were set.
	 * @param action receives each name and value
	 */
	public void forEachHeader(BiConsumer<String, String> action) {
		for (int i = 0; i < this.headers.length; i += 2) {
			action.accept(this.headers[i], this.headers[i + 1]);
		}
	}

	/**
	 * One header's value.
	 * @param name the name, in any case
	 * @return the value, or {@code null} when the header is not set
	 */
	public @Nullable String header(String name) {
		for (int i = 0; i < this.headers.length; i += 2) {
			if (this.headers[i].equalsIgnoreCase(name)) {
				return this.headers[i + 1];
			}
		}
		return null;
	}

	/** @return the headers, in the order they were set */
	public Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		forEachHeader(headers::put);
		return Collections.unmodifiableMap(headers);
	}

	/**
	 * The body, not copied: a sender must not change it.
	 * @return the JSON bytes, or {@code null} for a request without a body
	 */
	public byte @Nullable [] body() {
		return this.body;
	}

	/**
	 * The time left for the exchange when the request was built: the wait for the headers and, unless
	 * {@linkplain #streaming() streaming}, the reading of the whole body.
	 * @return the time, {@link Duration#ZERO} when it has run out, {@code null} for no limit
	 */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	/**
	 * For a streaming request, how long its body may stay open from when the request was built; at that
	 * point the sender closes it. The SDK sets it on every stream whose life is bounded (by the call's
	 * timeout, or by its stream timeout instead).
	 * @return the time, or {@code null} when the body may stay open as long as it runs
	 */
	public @Nullable Duration bodyTimeout() {
		return this.bodyTimeout;
	}

	/** @return whether the reply's body is to be handed over open (a stream) rather than read whole */
	public boolean streaming() {
		return this.streaming;
	}

	/** @return the most bytes a whole 2xx reply may have */
	public long maxResponseSize() {
		return this.maxResponseSize;
	}

	@Override
	public String toString() {
		// Headers are left out: one of them is the credential.
		return "HttpSenderRequest[" + this.method + " " + this.uri + (this.streaming ? ", streaming" : "") + "]";
	}

	/**
	 * Builder of {@link HttpSenderRequest}.
	 */
	public static final class Builder {

		private String method;

		private URI uri;

		private String[] headers = NO_HEADERS;

		private int headerCount;

		private byte @Nullable [] body;

		private @Nullable Duration timeout;

		private @Nullable Duration bodyTimeout;

		private boolean streaming;

		private long maxResponseSize = Long.MAX_VALUE;

		private Builder(String method, URI uri) {
			this.method = Objects.requireNonNull(method, "method");
			this.uri = Objects.requireNonNull(uri, "uri");
		}

		/**
		 * @param method the HTTP method
		 * @return this builder
		 */
		public Builder method(String method) {
			this.method = Objects.requireNonNull(method, "method");
			return this;
		}

		/**
		 * @param uri the absolute URI
		 * @return this builder
		 */
		public Builder uri(URI uri) {
			this.uri = Objects.requireNonNull(uri, "uri");
			return this;
		}

		/**
		 * Set a header, replacing any value set before under the same name (in any case).
		 * @param name the name
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(value, "value");
			for (int i = 0; i < this.headerCount * 2; i += 2) {
				if (this.headers[i].equalsIgnoreCase(name)) {
					this.headers[i + 1] = value;
					return this;
				}
			}
			if (this.headerCount * 2 == this.headers.length) {
				this.headers = Arrays.copyOf(this.headers, Math.max(16, this.headers.length * 2));
			}
			this.headers[this.headerCount * 2] = name;
			this.headers[this.headerCount * 2 + 1] = value;
			this.headerCount++;
			return this;
		}

		/**
		 * Remove every header.
		 * @return this builder
		 */
		public Builder clearHeaders() {
			this.headers = NO_HEADERS;
			this.headerCount = 0;
			return this;
		}

		/**
		 * @param body the JSON bytes (not copied), or {@code null} for none
		 * @return this builder
		 */
		public Builder body(byte @Nullable [] body) {
			this.body = body;
			return this;
		}

		/**
		 * @param timeout the time left for the exchange, {@code null} for no limit
		 * @return this builder
		 * @see HttpSenderRequest#timeout()
		 */
		public Builder timeout(@Nullable Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * @param bodyTimeout how long a streamed body may stay open, {@code null} for no limit
		 * @return this builder
		 * @see HttpSenderRequest#bodyTimeout()
		 */
		public Builder bodyTimeout(@Nullable Duration bodyTimeout) {
			this.bodyTimeout = bodyTimeout;
			return this;
		}

		/**
		 * @param streaming hand the reply's body over open rather than read it whole
		 * @return this builder
		 */
		public Builder streaming(boolean streaming) {
			this.streaming = streaming;
			return this;
		}

		/**
		 * @param maxResponseSize the most bytes a whole 2xx reply may have, more than 0
		 * @return this builder
		 */
		public Builder maxResponseSize(long maxResponseSize) {
			if (maxResponseSize <= 0) {
				throw new IllegalArgumentException("maxResponseSize must be more than 0, was " + maxResponseSize);
			}
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/** @return the request */
		public HttpSenderRequest build() {
			return new HttpSenderRequest(this);
		}

	}

}
