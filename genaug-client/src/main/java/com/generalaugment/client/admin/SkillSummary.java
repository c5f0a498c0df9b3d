package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A skill as {@code project.skills().list()} shows it: what its front matter says, without the text.
 */
public final class SkillSummary {

	private final JsonNode json;

	/**
	 * Wrap a list item.
	 * @param json the item's JSON object
	 */
	public SkillSummary(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A skill");
	}

	/** @return the skill's name, the key of {@code get}, {@code replace} and {@code delete} */
	public @Nullable String name() {
		return JsonValues.string(this.json, "name");
	}

	/** @return the description ({@code ""} when the front matter has none) */
	public @Nullable String description() {
		return JsonValues.string(this.json, "description");
	}

	/** @return the version, as text */
	public @Nullable String version() {
		return JsonValues.string(this.json, "version");
	}

	/** @return the tags, never {@code null} */
	public List<String> tags() {
		return JsonValues.strings(this.json, "tags");
	}

	/** @return the tools the skill uses, never {@code null} */
	public List<String> tools() {
		return JsonValues.strings(this.json, "tools");
	}

	/** @return where the skill lives in the project, e.g. {@code skills/refunds/SKILL.md} */
	public @Nullable String path() {
		return JsonValues.string(this.json, "path");
	}

	/** @return the item's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "SkillSummary{name=" + name() + ", version=" + version() + ", path=" + path() + "}";
	}

}
