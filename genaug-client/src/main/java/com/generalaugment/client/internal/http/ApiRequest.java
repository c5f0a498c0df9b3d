package com.generalaugment.client.internal.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.generalaugment.client.HttpMethod;
import org.jspecify.annotations.Nullable;

/**
 * One logical platform call, ready for the {@link Transport}: method, encoded path and query, the
 * already-serialised body, call-specific headers and how safe the call is to repeat.
 *
 * @param operation the SDK operation name (for listeners and logs)
 * @param method the HTTP method
 * @param pathAndQuery the encoded path with its query string, e.g. {@code /v1/responses}
 * @param body the JSON body bytes, or {@code null} for none
 * @param headers call-specific headers (idempotency key, request id, trace context, extra headers)
 * @param timeout a timeout overriding the client's, or {@code null}
 * @param streamTimeout for a stream, the longest it may last in all instead of the timeout, or
 * {@code null}
 * @param safety whether the call may be repeated after the platform may have acted
 * @param model the requested model (Responses calls), for listeners
 * @param facts reads what the call's record says about the reply (ids, tokens)
 */
public record ApiRequest(String operation, HttpMethod method, String pathAndQuery, byte @Nullable [] body,
		Map<String, String> headers, @Nullable Duration timeout, @Nullable Duration streamTimeout, RetrySafety safety,
		@Nullable String model, ReplyFacts.Reader facts) {

	/**
	 * Start building a request.
	 * @param operation the SDK operation name
	 * @param method the HTTP method
	 * @param pathTemplate the path with {@code {}} placeholders, e.g. {@code /api/v1/admin/projects/{}}
	 * @param segments values for the placeholders, percent-encoded as path segments
	 * @return the builder
	 */
	public static Builder builder(String operation, HttpMethod method, String pathTemplate, String... segments) {
		return new Builder(operation, method, expand(pathTemplate, segments));
	}

	private static String expand(String template, String... segments) {
		StringBuilder path = new StringBuilder(template.length() + 32);
		int from = 0;
		for (String segment : segments) {
			int at = template.indexOf("{}", from);
			if (at < 0) {
				throw new IllegalArgumentException("More segments than placeholders in " + template);
			}
			path.append(template, from, at).append(PathSegments.encode(segment));
			from = at + 2;
		}
		if (template.indexOf("{}", from) >= 0) {
			throw new IllegalArgumentException("Missing segment for " + template);
		}
		return path.append(template, from, template.length()).toString();
	}

	/**
	 * Builder of {@link ApiRequest}.
	 */
	public static final class Builder {

		private final String operation;

		private final HttpMethod method;

		private final StringBuilder pathAndQuery;

		private boolean hasQuery;

		private byte @Nullable [] body;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable Duration timeout;

		private @Nullable Duration streamTimeout;

		private RetrySafety safety;

		private @Nullable String model;

		private ReplyFacts.Reader facts = ReplyFacts.Reader.NONE;

		private Builder(String operation, HttpMethod method, String path) {
			this.operation = operation;
			this.method = method;
			this.pathAndQuery = new StringBuilder(path);
			this.safety = (method == HttpMethod.POST || method == HttpMethod.PATCH) ? RetrySafety.UNSAFE
					: RetrySafety.IDEMPOTENT;
		}

		/**
		 * Add a query parameter; a {@code null} value is omitted (contract §1).
		 * @param name the parameter name
		 * @param value the value, or {@code null}
		 * @return this builder
		 */
		public Builder query(String name, @Nullable Object value) {
			if (value != null) {
				this.pathAndQuery.append(this.hasQuery ? '&' : '?')
					.append(PathSegments.encode(name))
					.append('=')
					.append(PathSegments.encode(String.valueOf(value)));
				this.hasQuery = true;
			}
			return this;
		}

		/**
		 * Set the serialised JSON body.
		 * @param body the bytes
		 * @return this builder
		 */
		public Builder body(byte @Nullable [] body) {
			this.body = body;
			return this;
		}

		/**
		 * Add a header; a {@code null} value is ignored.
		 * @param name the header name
		 * @param value the value, or {@code null}
		 * @return this builder
		 */
		public Builder header(String name, @Nullable String value) {
			if (value != null) {
				this.headers.put(name, value);
			}
			return this;
		}

		/**
		 * Add several headers.
		 * @param headers the headers
		 * @return this builder
		 */
		public Builder headers(Map<String, String> headers) {
			this.headers.putAll(headers);
			return this;
		}

		/**
		 * Override the client's timeout for this call.
		 * @param timeout the timeout, {@code null} for the client's
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * For a stream, the longest it may last in all instead of the timeout, which then bounds only the
		 * wait for it to open.
		 * @param streamTimeout the limit, {@code null} for the timeout
		 * @return this builder
		 */
		public Builder streamTimeout(@Nullable Duration streamTimeout) {
			this.streamTimeout = streamTimeout;
			return this;
		}

		/**
		 * Say how safe the call is to repeat (defaults: POST and PATCH unsafe, others idempotent).
		 * @param safety the safety
		 * @return this builder
		 */
		public Builder safety(RetrySafety safety) {
			this.safety = safety;
			return this;
		}

		/**
		 * Record the requested model for listeners.
		 * @param model the model, or {@code null}
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Say how to read the reply's ids and token counts for the call's record (default: not at all).
		 * @param facts the reader
		 * @return this builder
		 */
		public Builder facts(ReplyFacts.Reader facts) {
			this.facts = facts;
			return this;
		}

		/**
		 * Build the request; the builder is not to be used after, since the request keeps its headers.
		 * @return the request
		 */
		public ApiRequest build() {
			return new ApiRequest(this.operation, this.method, this.pathAndQuery.toString(), this.body,
					Collections.unmodifiableMap(this.headers), this.timeout, this.streamTimeout,
					this.safety, this.model, this.facts);
		}

	}

}
