package com.generalaugment.client.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply of {@code memory().search}: the user's matching facts, best match first, as a read-only view
 * over the JSON. Fields the SDK does not model stay reachable through {@link #raw()}.
 */
public final class MemorySearchResult {

	private final JsonNode json;

	private final List<MemoryFact> facts;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public MemorySearchResult(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A memory search reply");
		this.facts = facts(json.get("facts"));
	}

	static List<MemoryFact> facts(@Nullable JsonNode array) {
		if (array == null || !array.isArray()) {
			return List.of();
		}
		List<MemoryFact> facts = new ArrayList<>(array.size());
		array.forEach((item) -> {
			if (item.isObject()) {
				facts.add(new MemoryFact(item));
			}
		});
		return Collections.unmodifiableList(facts);
	}

	/** @return the app-owned user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the platform's own id for the user */
	public @Nullable String generalAugmentUserId() {
		return JsonValues.string(this.json, "general_augment_user_id");
	}

	/** @return the matching facts in the platform's order (best first), never {@code null} */
	public List<MemoryFact> facts() {
		return this.facts;
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "MemorySearchResult{userId=" + userId() + ", facts=" + this.facts.size() + "}";
	}

}
