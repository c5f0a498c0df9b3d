package com.generalaugment.client.admin;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A project's SOUL ({@code project.soul()}): the persona and rules every turn starts from. It is set by a
 * configuration deploy ({@code config().deploy(...soulContent(...))}); no route writes it alone.
 */
public final class Soul {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public Soul(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A SOUL");
	}

	/** @return the project id */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return the SOUL's text, {@code ""} when unset */
	public String content() {
		String content = JsonValues.string(this.json, "content");
		return (content != null) ? content : "";
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "Soul{projectId=" + projectId() + ", length=" + content().length() + "}";
	}

}
