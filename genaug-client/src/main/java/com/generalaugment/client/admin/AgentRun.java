package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An agent run ({@code project.runs().get(id)} or, in a list, its summary): what one turn did — its
 * steps, the platform's events and the run's timeline. A hosted test call names its run in
 * {@link AgentTestResult#metadata()} ({@code agent_run_id}).
 */
public final class AgentRun {

	private final JsonNode json;

	/**
	 * Wrap a run.
	 * @param json the run's JSON object
	 */
	public AgentRun(JsonNode json) {
		this.json = JsonValues.requireObject(json, "An agent run");
	}

	/** @return the run id */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the run's status, e.g. {@code completed} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the response the run produced */
	public @Nullable String responseId() {
		return JsonValues.string(this.json, "response_id");
	}

	/** @return the run's trace */
	public @Nullable String traceId() {
		return JsonValues.string(this.json, "trace_id");
	}

	/** @return the model that answered */
	public @Nullable String modelUsed() {
		return JsonValues.string(this.json, "model_used");
	}

	/** @return the platform's user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the session */
	public @Nullable String sessionId() {
		return JsonValues.string(this.json, "session_id");
	}

	/** @return the latency in milliseconds (list items), or {@code null} */
	public @Nullable Long latencyMs() {
		return JsonValues.longValue(this.json, "latency_ms");
	}

	/** @return the run's steps (empty in a list item), never {@code null} */
	public List<JsonNode> steps() {
		return Values.objects(this.json, "steps");
	}

	/** @return the platform's events during the run (empty in a list item), never {@code null} */
	public List<JsonNode> platformEvents() {
		return Values.objects(this.json, "platform_events");
	}

	/** @return the run's timeline (empty in a list item), never {@code null} */
	public List<RunEvent> runEvents() {
		return Values.objects(this.json, "run_events").stream().map(RunEvent::new).toList();
	}

	/** @return the run's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "AgentRun{id=" + id() + ", status=" + status() + ", responseId=" + responseId() + ", traceId=" + traceId() + "}";
	}

}
