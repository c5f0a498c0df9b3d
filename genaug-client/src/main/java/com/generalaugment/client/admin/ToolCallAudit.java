package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A page of a project's tool-call audit ({@code project.toolCallAudit()}): which tools the agent called.
 * The items' fields are the platform's and not modelled; read them as JSON.
 */
public final class ToolCallAudit {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public ToolCallAudit(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A tool-call audit");
	}

	/** @return the audited calls, never {@code null} */
	public List<JsonNode> items() {
		return Values.objects(this.json, "items");
	}

	/** @return the cursor of the next page, or {@code null} when this is the last */
	public @Nullable String nextCursor() {
		return JsonValues.string(this.json, "next_cursor");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "ToolCallAudit{items=" + items().size() + ", nextCursor=" + nextCursor() + "}";
	}

}
