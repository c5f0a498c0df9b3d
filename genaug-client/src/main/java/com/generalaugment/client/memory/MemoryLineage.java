package com.generalaugment.client.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A fact's lineage ({@code memory().lineage(...)}): the fact and the facts that correct it, so an app
 * can show what a user changed and when.
 */
public final class MemoryLineage {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public MemoryLineage(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A memory lineage");
	}

	/** @return the app-owned user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the platform's user id */
	public @Nullable String generalAugmentUserId() {
		return JsonValues.string(this.json, "general_augment_user_id");
	}

	/** @return the fact asked about */
	public @Nullable String memoryId() {
		return JsonValues.string(this.json, "memory_id");
	}

	/** @return the fact and those superseding it, in stored order, never {@code null} */
	public List<MemoryFact> facts() {
		JsonNode facts = this.json.get("facts");
		if (facts == null || !facts.isArray()) {
			return List.of();
		}
		ArrayList<MemoryFact> list = new ArrayList<>(facts.size());
		facts.forEach((fact) -> {
			if (fact.isObject()) {
				list.add(new MemoryFact(fact));
			}
		});
		return Collections.unmodifiableList(list);
	}

	/** @return how many facts the lineage lists */
	public long relatedCount() {
		return JsonValues.count(this.json, "related_count");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "MemoryLineage{memoryId=" + memoryId() + ", relatedCount=" + relatedCount() + "}";
	}

}
