package com.generalaugment.client.admin;

import java.time.Instant;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One event of an agent run's timeline, e.g. {@code run.started}, a tool call, {@code run.completed}.
 */
public final class RunEvent {

	private final JsonNode json;

	/**
	 * Wrap an event.
	 * @param json the event's JSON object
	 */
	public RunEvent(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A run event");
	}

	/** @return the event's type */
	public @Nullable String type() {
		return JsonValues.string(this.json, "type");
	}

	/** @return its place in the timeline, or {@code null} */
	public @Nullable Long sequence() {
		return JsonValues.longValue(this.json, "sequence");
	}

	/** @return when it happened, or {@code null} */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return the event's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "RunEvent{type=" + type() + ", sequence=" + sequence() + "}";
	}

}
