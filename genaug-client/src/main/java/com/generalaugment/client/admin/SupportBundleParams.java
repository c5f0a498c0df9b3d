package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Which calls a support bundle covers: narrow it to one trace, response, user, session, feature, source,
 * status or time range. Every filter is optional. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * SupportBundle bundle = project.observability().supportBundle(SupportBundleParams.builder()
 *     .responseId("resp_123").build());
 * }</pre>
 */
public final class SupportBundleParams {

	private final Map<String, Object> query;

	private SupportBundleParams(Map<String, Object> query) {
		this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the query parameters by their wire names, in the order set */
	public Map<String, Object> query() {
		return this.query;
	}

	@Override
	public String toString() {
		return "SupportBundleParams" + this.query;
	}

	/**
	 * Builder of {@link SupportBundleParams}.
	 */
	public static final class Builder {

		private final Map<String, Object> query = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * At most this many calls.
		 * @param limit 1 to 1000
		 * @return this builder
		 */
		public Builder limit(int limit) {
			return put("limit", Checks.within(limit, 1, 1000, "limit"));
		}

		/**
		 * One trace.
		 * @param traceId the trace id
		 * @return this builder
		 */
		public Builder traceId(String traceId) {
			return put("trace_id", Checks.requireText(traceId, "traceId"));
		}

		/**
		 * One response.
		 * @param responseId the response id
		 * @return this builder
		 */
		public Builder responseId(String responseId) {
			return put("response_id", Checks.requireText(responseId, "responseId"));
		}

		/**
		 * One user.
		 * @param userId the user id
		 * @return this builder
		 */
		public Builder userId(String userId) {
			return put("user_id", Checks.requireText(userId, "userId"));
		}

		/**
		 * One session.
		 * @param sessionId the session id
		 * @return this builder
		 */
		public Builder sessionId(String sessionId) {
			return put("session_id", Checks.requireText(sessionId, "sessionId"));
		}

		/**
		 * One feature (the {@code feature} metadata of the calls).
		 * @param feature the feature
		 * @return this builder
		 */
		public Builder feature(String feature) {
			return put("feature", Checks.requireText(feature, "feature"));
		}

		/**
		 * One source (the {@code source} metadata of the calls).
		 * @param source the source
		 * @return this builder
		 */
		public Builder source(String source) {
			return put("source", Checks.requireText(source, "source"));
		}

		/**
		 * One status, e.g. {@code failed}.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(String status) {
			return put("status", Checks.requireText(status, "status"));
		}

		/**
		 * Calls at or after an instant.
		 * @param start the instant
		 * @return this builder
		 */
		public Builder start(Instant start) {
			return put("start", start.toString());
		}

		/**
		 * Calls before an instant.
		 * @param end the instant
		 * @return this builder
		 */
		public Builder end(Instant end) {
			return put("end", end.toString());
		}

		/** @return the parameters */
		public SupportBundleParams build() {
			return new SupportBundleParams(this.query);
		}

		private Builder put(String name, @Nullable Object value) {
			if (value != null) {
				this.query.put(name, value);
			}
			return this;
		}

	}

}
