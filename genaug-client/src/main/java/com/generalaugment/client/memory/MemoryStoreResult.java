package com.generalaugment.client.memory;

import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply of {@code memory().store}: the stored fact and its ids, as a read-only view over the JSON.
 * Storing the same fact again answers with the existing one. Fields the SDK does not model stay
 * reachable through {@link #raw()}.
 */
public final class MemoryStoreResult {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public MemoryStoreResult(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A memory store reply");
	}

	/** @return the stored fact's id ({@code memory_id}), as used by {@code memory().delete} */
	public @Nullable String memoryId() {
		return JsonValues.string(this.json, "memory_id");
	}

	/** @return the app-owned user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the platform's own id for the user */
	public @Nullable String generalAugmentUserId() {
		return JsonValues.string(this.json, "general_augment_user_id");
	}

	/** @return the stored text ({@code fact}, else {@code content}) */
	public @Nullable String fact() {
		String fact = JsonValues.string(this.json, "fact");
		return (fact != null) ? fact : JsonValues.string(this.json, "content");
	}

	/** @return the fact type */
	public @Nullable String factType() {
		return JsonValues.string(this.json, "fact_type");
	}

	/** @return the importance between 0 and 1, or {@code null} when none was given */
	public @Nullable Double importanceScore() {
		return JsonValues.doubleValue(this.json, "importance_score");
	}

	/** @return the source */
	public @Nullable String source() {
		return JsonValues.string(this.json, "source");
	}

	/** @return the collection, or {@code null} */
	public @Nullable String collectionKey() {
		return JsonValues.string(this.json, "collection_key");
	}

	/** @return the status, e.g. {@code stored} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the fact's metadata, never {@code null} */
	public Map<String, Object> metadata() {
		return JsonValues.map(this.json, "metadata");
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "MemoryStoreResult{memoryId=" + memoryId() + ", userId=" + userId() + ", status=" + status() + "}";
	}

}
