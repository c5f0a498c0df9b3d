package com.generalaugment.mock.platform.memory;

import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * One stored fact.
 *
 * @param memoryId {@code mem_mock_} + 16 hex
 * @param userId the app user id
 * @param fact the trimmed fact text
 * @param factType the fact type, {@code fact} by default
 * @param importanceScore the importance, or {@code null}
 * @param source the source, or {@code null}
 * @param metadata the caller's metadata
 * @param status {@code active}, or {@code superseded} once corrected
 * @param supersedesMemoryId the fact this one corrected, or {@code null}
 */
record MemoryFact(String memoryId, String userId, String fact, String factType, @Nullable Double importanceScore,
		@Nullable String source, ObjectNode metadata, String status, @Nullable String supersedesMemoryId) {

	static final String ACTIVE = "active";

	static final String SUPERSEDED = "superseded";

	/** A new, active fact that corrects nothing. */
	MemoryFact(String memoryId, String userId, String fact, String factType, @Nullable Double importanceScore,
			@Nullable String source, ObjectNode metadata) {
		this(memoryId, userId, fact, factType, importanceScore, source, metadata, ACTIVE, null);
	}

	/** The same fact, marked as corrected by a newer one. */
	MemoryFact superseded() {
		return new MemoryFact(memoryId, userId, fact, factType, importanceScore, source, metadata, SUPERSEDED,
				supersedesMemoryId);
	}

	/**
	 * The public shape of a fact in search results and profiles.
	 *
	 * @param score the similarity, or {@code null} outside search
	 * @return a new object node
	 */
	ObjectNode toJson(@Nullable Double score) {
		ObjectNode json = Json.object();
		json.put("id", memoryId);
		json.put("memory_id", memoryId);
		json.put("fact", fact);
		json.put("content", fact);
		json.put("fact_type", factType);
		json.set("importance_score", number(importanceScore));
		json.set("similarity", number(score));
		json.set("score", number(score));
		json.put("created_at", MockClock.EPOCH.toString());
		json.putNull("expires_at");
		json.put("source", source);
		json.put("status", status);
		json.set("metadata", metadata.deepCopy());
		json.put("supersedes_memory_id", supersedesMemoryId);
		return json;
	}

	static JsonNode number(@Nullable Double value) {
		return value == null ? NullNode.getInstance() : DoubleNode.valueOf(value);
	}

}
