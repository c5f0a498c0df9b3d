package com.generalaugment.client.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.generalaugment.client.internal.Checks;

/**
 * Which agent runs {@code project.runs().list(...)} returns: at most {@code limit} (platform default 50),
 * optionally those of one response, one trace or one status. Immutable; build one with {@link #builder()}.
 */
public final class RunListParams {

	private final Map<String, Object> query;

	private RunListParams(Map<String, Object> query) {
		this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the query parameters by their wire names */
	public Map<String, Object> query() {
		return this.query;
	}

	@Override
	public String toString() {
		return "RunListParams" + this.query;
	}

	/**
	 * Builder of {@link RunListParams}.
	 */
	public static final class Builder {

		private final Map<String, Object> query = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * At most this many runs.
		 * @param limit 1 to 1000
		 * @return this builder
		 */
		public Builder limit(int limit) {
			this.query.put("limit", Checks.within(limit, 1, 1000, "limit"));
			return this;
		}

		/**
		 * The runs of one response.
		 * @param responseId the response id
		 * @return this builder
		 */
		public Builder responseId(String responseId) {
			this.query.put("response_id", Checks.requireText(responseId, "responseId"));
			return this;
		}

		/**
		 * The runs of one trace.
		 * @param traceId the trace id
		 * @return this builder
		 */
		public Builder traceId(String traceId) {
			this.query.put("trace_id", Checks.requireText(traceId, "traceId"));
			return this;
		}

		/**
		 * The runs of one status.
		 * @param status the status, e.g. {@code failed}
		 * @return this builder
		 */
		public Builder status(String status) {
			this.query.put("status", Checks.requireText(status, "status"));
			return this;
		}

		/** @return the parameters */
		public RunListParams build() {
			return new RunListParams(this.query);
		}

	}

}
