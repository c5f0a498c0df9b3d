package com.generalaugment.client.admin;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply of a call that removes something ({@code revoked}, {@code deleted}): its status and what it
 * named.
 */
public final class StatusReply {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public StatusReply(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A status reply");
	}

	/** @return the status, e.g. {@code revoked} or {@code deleted} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the id or name the call removed ({@code id}, else {@code name}) */
	public @Nullable String target() {
		String id = JsonValues.string(this.json, "id");
		return (id != null) ? id : JsonValues.string(this.json, "name");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "StatusReply{status=" + status() + ", target=" + target() + "}";
	}

}
