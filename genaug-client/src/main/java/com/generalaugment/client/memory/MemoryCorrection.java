package com.generalaugment.client.memory;

import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply to {@code memory().correct(...)}: the old fact's id, the new fact's id and text.
 */
public final class MemoryCorrection {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public MemoryCorrection(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A memory correction");
	}

	/** @return the app-owned user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the platform's user id */
	public @Nullable String generalAugmentUserId() {
		return JsonValues.string(this.json, "general_augment_user_id");
	}

	/** @return the corrected (now superseded) fact's id */
	public @Nullable String memoryId() {
		return JsonValues.string(this.json, "memory_id");
	}

	/** @return the new fact's id */
	public @Nullable String correctedMemoryId() {
		return JsonValues.string(this.json, "corrected_memory_id");
	}

	/** @return the new fact's text */
	public @Nullable String content() {
		return JsonValues.string(this.json, "content");
	}

	/** @return the new fact's source */
	public @Nullable String source() {
		return JsonValues.string(this.json, "source");
	}

	/** @return the new fact's metadata, never {@code null} */
	public Map<String, Object> metadata() {
		return JsonValues.map(this.json, "metadata");
	}

	/** @return the status, {@code corrected} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "MemoryCorrection{memoryId=" + memoryId() + ", correctedMemoryId=" + correctedMemoryId() + ", status="
				+ status() + "}";
	}

}
