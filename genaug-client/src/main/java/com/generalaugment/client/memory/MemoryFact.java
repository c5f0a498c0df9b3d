package com.generalaugment.client.memory;

import java.time.Instant;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One remembered fact, as found by a search or listed in a profile: a read-only view over the JSON.
 * Fields the SDK does not model stay reachable through {@link #raw()}.
 */
public final class MemoryFact {

	private final JsonNode json;

	/**
	 * Wrap a fact.
	 * @param json the fact's JSON object
	 */
	public MemoryFact(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A memory fact");
	}

	/** @return the fact's id ({@code id}, else {@code memory_id}) */
	public @Nullable String id() {
		String id = JsonValues.string(this.json, "id");
		return (id != null) ? id : JsonValues.string(this.json, "memory_id");
	}

	/** @return the memory id ({@code memory_id}, else {@code id}), as used by {@code memory().delete} */
	public @Nullable String memoryId() {
		String id = JsonValues.string(this.json, "memory_id");
		return (id != null) ? id : JsonValues.string(this.json, "id");
	}

	/** @return the fact's text ({@code fact}, else {@code content}) */
	public @Nullable String fact() {
		String fact = JsonValues.string(this.json, "fact");
		return (fact != null) ? fact : JsonValues.string(this.json, "content");
	}

	/** @return the fact type: preference, fact, entity or summary */
	public @Nullable String factType() {
		return JsonValues.string(this.json, "fact_type");
	}

	/** @return the importance between 0 and 1, or {@code null} when none was given */
	public @Nullable Double importanceScore() {
		return JsonValues.doubleValue(this.json, "importance_score");
	}

	/** @return how similar the fact is to the search query (0 to 1), or {@code null} outside a search */
	public @Nullable Double similarity() {
		return JsonValues.doubleValue(this.json, "similarity");
	}

	/** @return the ranking score of a search, or {@code null} */
	public @Nullable Double score() {
		return JsonValues.doubleValue(this.json, "score");
	}

	/** @return when the fact was stored, or {@code null} when absent or unreadable */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return when the fact expires, or {@code null} when it does not */
	public @Nullable Instant expiresAt() {
		return JsonValues.instant(this.json, "expires_at");
	}

	/** @return where the fact came from */
	public @Nullable String source() {
		return JsonValues.string(this.json, "source");
	}

	/** @return the fact's status */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the fact's metadata, never {@code null} */
	public Map<String, Object> metadata() {
		return JsonValues.map(this.json, "metadata");
	}

	/** @return the memory id this fact replaced, or {@code null} */
	public @Nullable String supersedesMemoryId() {
		return JsonValues.string(this.json, "supersedes_memory_id");
	}

	/** @return the fact's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "MemoryFact{memoryId=" + memoryId() + ", factType=" + factType() + ", similarity=" + similarity() + "}";
	}

}
