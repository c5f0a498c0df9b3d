package com.generalaugment.client.memory;

import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply of {@code memory().profile}: what the platform remembers about one user, as a read-only view
 * over the JSON. Fields the SDK does not model stay reachable through {@link #raw()}.
 */
public final class MemoryProfile {

	private final JsonNode json;

	private final List<MemoryFact> recentFacts;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public MemoryProfile(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A memory profile");
		this.recentFacts = MemorySearchResult.facts(json.get("recent_facts"));
	}

	/** @return the app-owned user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the platform's own id for the user */
	public @Nullable String generalAugmentUserId() {
		return JsonValues.string(this.json, "general_augment_user_id");
	}

	/** @return the profile fields, never {@code null} */
	public Map<String, Object> profile() {
		return JsonValues.map(this.json, "profile");
	}

	/** @return the most recent facts, never {@code null} */
	public List<MemoryFact> recentFacts() {
		return this.recentFacts;
	}

	/** @return how many facts are stored for the user ({@code 0} when not reported) */
	public long totalFacts() {
		return JsonValues.count(this.json, "total_facts");
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "MemoryProfile{userId=" + userId() + ", totalFacts=" + totalFacts() + "}";
	}

}
