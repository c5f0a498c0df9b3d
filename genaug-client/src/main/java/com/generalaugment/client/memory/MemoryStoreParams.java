package com.generalaugment.client.memory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of {@code POST /api/v1/agent/memory/store}: one durable fact about an app user. Immutable;
 * build one with {@link #builder()}, which checks every value before any request is sent.
 *
 * <pre>{@code
 * MemoryStoreParams request = MemoryStoreParams.builder()
 *     .userId("app-user-123")
 *     .fact("User prefers window seats")
 *     .factType("preference")
 *     .importanceScore(0.9)
 *     .source("booking")
 *     .idempotencyKey("memory-window-seat-1")
 *     .build();
 * }</pre>
 *
 * <p>With an {@link Builder#idempotencyKey(String) idempotency key} the platform stores the fact once
 * however often the call is repeated, so the SDK may retry it after a server error (contract §5);
 * without one it is retried only when it certainly did not reach the platform.
 */
public final class MemoryStoreParams {

	private final String userId;

	private final String fact;

	private final @Nullable String factType;

	private final @Nullable Double importanceScore;

	private final @Nullable String source;

	private final @Nullable Map<String, Object> metadata;

	private final @Nullable Map<String, Object> userProfile;

	private final @Nullable String idempotencyKey;

	private final @Nullable String collectionKey;

	private final @Nullable String agentRunId;

	private MemoryStoreParams(Builder builder) {
		this.userId = Checks.requireText(builder.userId, "userId");
		this.fact = Checks.requireText(builder.fact, "fact");
		this.factType = builder.factType;
		this.importanceScore = builder.importanceScore;
		this.source = builder.source;
		this.metadata = copy(builder.metadata);
		this.userProfile = copy(builder.userProfile);
		this.idempotencyKey = builder.idempotencyKey;
		this.collectionKey = builder.collectionKey;
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

	/** @return the fact to remember */
	public String fact() {
		return this.fact;
	}

	/** @return the fact type, or {@code null} for the platform's default ({@code fact}) */
	public @Nullable String factType() {
		return this.factType;
	}

	/** @return the importance between 0 and 1, or {@code null} */
	public @Nullable Double importanceScore() {
		return this.importanceScore;
	}

	/** @return where the fact came from, or {@code null} */
	public @Nullable String source() {
		return this.source;
	}

	/** @return the metadata, or {@code null} when not set */
	public @Nullable Map<String, Object> metadata() {
		return this.metadata;
	}

	/** @return the profile fields to merge into the user's profile, or {@code null} when not set */
	public @Nullable Map<String, Object> userProfile() {
		return this.userProfile;
	}

	/** @return the idempotency key sent in the body, or {@code null} */
	public @Nullable String idempotencyKey() {
		return this.idempotencyKey;
	}

	/** @return the collection the fact belongs to, or {@code null} */
	public @Nullable String collectionKey() {
		return this.collectionKey;
	}

	/** @return the agent run the fact is scoped to, or {@code null} */
	public @Nullable String agentRunId() {
		return this.agentRunId;
	}

	/**
	 * The JSON body as sent on the wire (snake_case, fields not set omitted).
	 * @param mapper the mapper turning metadata and profile values into JSON
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		ObjectNode body = mapper.createObjectNode();
		body.put("user_id", this.userId);
		body.put("fact", this.fact);
		putIfSet(body, "fact_type", this.factType);
		if (this.importanceScore != null) {
			body.put("importance_score", this.importanceScore);
		}
		putIfSet(body, "source", this.source);
		if (this.metadata != null) {
			body.set("metadata", mapper.valueToTree(this.metadata));
		}
		if (this.userProfile != null) {
			body.set("user_profile", mapper.valueToTree(this.userProfile));
		}
		putIfSet(body, "idempotency_key", this.idempotencyKey);
		putIfSet(body, "collection_key", this.collectionKey);
		putIfSet(body, "agent_run_id", this.agentRunId);
		return body;
	}

	private static void putIfSet(ObjectNode body, String field, @Nullable String value) {
		if (value != null) {
			body.put(field, value);
		}
	}

	private static @Nullable Map<String, Object> copy(@Nullable Map<String, ?> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : null;
	}

	@Override
	public String toString() {
		// The fact and profile are personal data: keep them out of logs.
		return "MemoryStoreParams{userId=" + this.userId + ", factType=" + this.factType + ", idempotencyKey="
				+ this.idempotencyKey + "}";
	}

	/**
	 * Builder of {@link MemoryStoreParams}.
	 */
	public static final class Builder {

		private @Nullable String userId;

		private @Nullable String fact;

		private @Nullable String factType;

		private @Nullable Double importanceScore;

		private @Nullable String source;

		private @Nullable Map<String, ?> metadata;

		private @Nullable Map<String, ?> userProfile;

		private @Nullable String idempotencyKey;

		private @Nullable String collectionKey;

		private @Nullable String agentRunId;

		private Builder() {
		}

		/**
		 * The stable, app-owned user id (required): the same value sent as {@code user} to
		 * {@code /v1/responses}.
		 * @param userId the user id
		 * @return this builder
		 */
		public Builder userId(String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * The fact to remember (required), e.g. "User prefers window seats".
		 * @param fact the fact
		 * @return this builder
		 */
		public Builder fact(String fact) {
			this.fact = fact;
			return this;
		}

		/**
		 * The kind of fact: {@code preference}, {@code fact}, {@code entity} or {@code summary}. Default: not
		 * sent (the platform uses {@code fact}).
		 * @param factType the type
		 * @return this builder
		 * @throws IllegalArgumentException for any other value
		 */
		public Builder factType(@Nullable String factType) {
			this.factType = Values.factType(factType, "factType");
			return this;
		}

		/**
		 * How important the fact is, from 0 to 1. Default: not sent.
		 * @param importanceScore the score
		 * @return this builder
		 * @throws IllegalArgumentException when outside 0..1
		 */
		public Builder importanceScore(@Nullable Double importanceScore) {
			this.importanceScore = Values.unitInterval(importanceScore, "importanceScore");
			return this;
		}

		/**
		 * Where the fact came from (a feature name, e.g. {@code booking}); searches can filter on it.
		 * @param source the source
		 * @return this builder
		 */
		public Builder source(@Nullable String source) {
			this.source = source;
			return this;
		}

		/**
		 * Free-form metadata kept with the fact. Default: not sent.
		 * @param metadata string keys to JSON-serialisable values
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, ?> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Profile fields to merge into the user's memory profile. Default: not sent.
		 * @param userProfile string keys to JSON-serialisable values
		 * @return this builder
		 */
		public Builder userProfile(@Nullable Map<String, ?> userProfile) {
			this.userProfile = userProfile;
			return this;
		}

		/**
		 * A key that makes the store idempotent: the platform replays the first result for a repeated key
		 * (a different body with the same key fails with {@code memory_idempotency_key_conflict}). It also
		 * lets the SDK retry the call after a server error.
		 * @param idempotencyKey the key, or {@code null} for none
		 * @return this builder
		 * @throws IllegalArgumentException when blank
		 */
		public Builder idempotencyKey(@Nullable String idempotencyKey) {
			this.idempotencyKey = Checks.optionalText(idempotencyKey, "idempotencyKey");
			return this;
		}

		/**
		 * The collection the fact belongs to. Default: not sent.
		 * @param collectionKey the collection
		 * @return this builder
		 */
		public Builder collectionKey(@Nullable String collectionKey) {
			this.collectionKey = collectionKey;
			return this;
		}

		/**
		 * Scope the fact to one agent run. Default: not sent.
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
		 * @throws IllegalArgumentException when {@code userId} or {@code fact} is blank
		 */
		public MemoryStoreParams build() {
			return new MemoryStoreParams(this);
		}

	}

}
