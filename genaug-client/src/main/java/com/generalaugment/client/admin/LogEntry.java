package com.generalaugment.client.admin;

import java.time.Instant;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One message of a project's conversation log ({@code project.logs()}): a user's turn or the agent's
 * reply, with the trace, model and cost of the reply.
 */
public final class LogEntry {

	private final JsonNode json;

	/**
	 * Wrap a log row.
	 * @param json the row's JSON object
	 */
	public LogEntry(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A log entry");
	}

	/** @return the message id */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return when the message was written */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return the conversation's session */
	public @Nullable String sessionId() {
		return JsonValues.string(this.json, "session_id");
	}

	/** @return the platform's user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return {@code user} or {@code assistant} */
	public @Nullable String role() {
		return JsonValues.string(this.json, "role");
	}

	/** @return the message's text */
	public @Nullable String content() {
		return JsonValues.string(this.json, "content");
	}

	/** @return the trace of the turn, for {@code observability().trace(...)} */
	public @Nullable String traceId() {
		return JsonValues.string(this.json, "observability_trace_id");
	}

	/** @return the model that answered (assistant rows) */
	public @Nullable String modelUsed() {
		return JsonValues.string(this.json, "model_used");
	}

	/** @return the turn's cost in US dollars (assistant rows), or {@code null} */
	public @Nullable Double costUsd() {
		return JsonValues.doubleValue(this.json, "cost_usd");
	}

	/** @return the row's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "LogEntry{id=" + id() + ", role=" + role() + ", traceId=" + traceId() + "}";
	}

}
