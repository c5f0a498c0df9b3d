package com.generalaugment.client.memory;

import java.time.Instant;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of {@code POST /api/v1/agent/memory/search}: find a user's facts, best match first. Immutable;
 * build one with {@link #builder()}, which checks every value before any request is sent. Only
 * {@code userId} is required; every filter left unset is omitted and the platform's default applies.
 *
 * <pre>{@code
 * MemorySearchResult result = client.memory().search(MemorySearchParams.builder()
 *     .userId("app-user-123")
 *     .query("seat preference")
 *     .limit(5)
 *     .build());
 * }</pre>
 */
public final class MemorySearchParams {

	private final String userId;

	private final @Nullable String query;

	private final @Nullable Integer limit;

	private final @Nullable Double minSimilarity;

	private final @Nullable String factType;

	private final @Nullable Double minImportance;

	private final @Nullable String source;

	private final @Nullable Instant createdAfter;

	private final @Nullable String collectionKey;

	private final @Nullable Boolean includeSensitive;

	private final @Nullable String agentRunId;

	private MemorySearchParams(Builder builder) {
		this.userId = Checks.requireText(builder.userId, "userId");
		this.query = builder.query;
		this.limit = builder.limit;
		this.minSimilarity = builder.minSimilarity;
		this.factType = builder.factType;
		this.minImportance = builder.minImportance;
		this.source = builder.source;
		this.createdAfter = builder.createdAfter;
		this.collectionKey = builder.collectionKey;
		this.includeSensitive = builder.includeSensitive;
		this.agentRunId = builder.agentRunId;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the app-owned user id ({@code user_id}) */
	public String userId() {
		return this.userId;
	}

	/** @return the search text, or {@code null} when every fact matches */
	public @Nullable String query() {
		return this.query;
	}

	/** @return the most facts to return, or {@code null} for the platform's default (10) */
	public @Nullable Integer limit() {
		return this.limit;
	}

	/** @return the lowest similarity a match may have */
	public @Nullable Double minSimilarity() {
		return this.minSimilarity;
	}

	/** @return the fact type to match */
	public @Nullable String factType() {
		return this.factType;
	}

	/** @return the lowest importance a match may have */
	public @Nullable Double minImportance() {
		return this.minImportance;
	}

	/** @return the source to match */
	public @Nullable String source() {
		return this.source;
	}

	/** @return the earliest creation time of a match */
	public @Nullable Instant createdAfter() {
		return this.createdAfter;
	}

	/** @return the collection to search */
	public @Nullable String collectionKey() {
		return this.collectionKey;
	}

	/** @return whether sensitive facts are included */
	public @Nullable Boolean includeSensitive() {
		return this.includeSensitive;
	}

	/** @return the agent run to search within */
	public @Nullable String agentRunId() {
		return this.agentRunId;
	}

	/**
	 * The JSON body as sent on the wire (snake_case, fields not set omitted).
	 * @param mapper the mapper creating the JSON object
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		ObjectNode body = mapper.createObjectNode();
		body.put("user_id", this.userId);
		putIfSet(body, "query", this.query);
		if (this.limit != null) {
			body.put("limit", this.limit);
		}
		if (this.minSimilarity != null) {
			body.put("min_similarity", this.minSimilarity);
		}
		putIfSet(body, "fact_type", this.factType);
		if (this.minImportance != null) {
			body.put("min_importance", this.minImportance);
		}
		putIfSet(body, "source", this.source);
		if (this.createdAfter != null) {
			body.put("created_after", this.createdAfter.toString());
		}
		putIfSet(body, "collection_key", this.collectionKey);
		if (this.includeSensitive != null) {
			body.put("include_sensitive", this.includeSensitive);
		}
		putIfSet(body, "agent_run_id", this.agentRunId);
		return body;
	}

	private static void putIfSet(ObjectNode body, String field, @Nullable String value) {
		if (value != null) {
			body.put(field, value);
		}
	}

	@Override
	public String toString() {
		// The query may be personal data: keep it out of logs.
		return "MemorySearchParams{userId=" + this.userId + ", limit=" + this.limit + "}";
	}

	/**
	 * Builder of {@link MemorySearchParams}.
	 */
	public static final class Builder {

		private @Nullable String userId;

		private @Nullable String query;

		private @Nullable Integer limit;

		private @Nullable Double minSimilarity;

		private @Nullable String factType;

		private @Nullable Double minImportance;

		private @Nullable String source;

		private @Nullable Instant createdAfter;

		private @Nullable String collectionKey;

		private @Nullable Boolean includeSensitive;

		private @Nullable String agentRunId;

		private Builder() {
		}

		/**
		 * The stable, app-owned user id whose facts to search (required).
		 * @param userId the user id
		 * @return this builder
		 */
		public Builder userId(String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * The search text. Default: not sent (every fact matches).
		 * @param query the text
		 * @return this builder
		 */
		public Builder query(@Nullable String query) {
			this.query = query;
			return this;
		}

		/**
		 * The most facts to return, at least 1. Default: not sent (the platform returns 10).
		 * @param limit the limit
		 * @return this builder
		 * @throws IllegalArgumentException when below 1
		 */
		public Builder limit(@Nullable Integer limit) {
			if (limit != null && limit < 1) {
				throw new IllegalArgumentException("limit must be at least 1, was " + limit);
			}
			this.limit = limit;
			return this;
		}

		/**
		 * Only facts at least this similar to the query, from 0 to 1. Default: not sent (facts that do not
		 * match at all are still returned).
		 * @param minSimilarity the threshold
		 * @return this builder
		 * @throws IllegalArgumentException when outside 0..1
		 */
		public Builder minSimilarity(@Nullable Double minSimilarity) {
			this.minSimilarity = Values.unitInterval(minSimilarity, "minSimilarity");
			return this;
		}

		/**
		 * Only facts of this type: {@code preference}, {@code fact}, {@code entity} or {@code summary}.
		 * @param factType the type
		 * @return this builder
		 * @throws IllegalArgumentException for any other value
		 */
		public Builder factType(@Nullable String factType) {
			this.factType = Values.factType(factType, "factType");
			return this;
		}

		/**
		 * Only facts at least this important, from 0 to 1.
		 * @param minImportance the threshold
		 * @return this builder
		 * @throws IllegalArgumentException when outside 0..1
		 */
		public Builder minImportance(@Nullable Double minImportance) {
			this.minImportance = Values.unitInterval(minImportance, "minImportance");
			return this;
		}

		/**
		 * Only facts from this source.
		 * @param source the source
		 * @return this builder
		 */
		public Builder source(@Nullable String source) {
			this.source = source;
			return this;
		}

		/**
		 * Only facts stored after this instant (sent as ISO-8601).
		 * @param createdAfter the instant
		 * @return this builder
		 */
		public Builder createdAfter(@Nullable Instant createdAfter) {
			this.createdAfter = createdAfter;
			return this;
		}

		/**
		 * Only facts of this collection.
		 * @param collectionKey the collection
		 * @return this builder
		 */
		public Builder collectionKey(@Nullable String collectionKey) {
			this.collectionKey = collectionKey;
			return this;
		}

		/**
		 * Whether facts marked sensitive are returned. Default: not sent.
		 * @param includeSensitive the flag
		 * @return this builder
		 */
		public Builder includeSensitive(@Nullable Boolean includeSensitive) {
			this.includeSensitive = includeSensitive;
			return this;
		}

		/**
		 * Only facts scoped to this agent run.
		 * @param agentRunId the run id
		 * @return this builder
		 */
		public Builder agentRunId(@Nullable String agentRunId) {
			this.agentRunId = agentRunId;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException when {@code userId} is blank
		 */
		public MemorySearchParams build() {
			return new MemorySearchParams(this);
		}

	}

}
