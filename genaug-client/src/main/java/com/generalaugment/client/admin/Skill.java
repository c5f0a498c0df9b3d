package com.generalaugment.client.admin;

import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One skill with its text: the Markdown (with optional YAML front matter between {@code ---} lines) and
 * the front matter as read by the platform.
 */
public final class Skill {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the skill's JSON object
	 */
	public Skill(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A skill");
	}

	/** @return the name: the front matter's {@code name}, else the first heading */
	public @Nullable String name() {
		return JsonValues.string(this.json, "name");
	}

	/** @return the skill's text as stored */
	public @Nullable String content() {
		return JsonValues.string(this.json, "content");
	}

	/** @return the front matter, its YAML types kept, never {@code null} */
	public Map<String, Object> metadata() {
		return JsonValues.map(this.json, "metadata");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "Skill{name=" + name() + ", metadata=" + metadata() + "}";
	}

}
