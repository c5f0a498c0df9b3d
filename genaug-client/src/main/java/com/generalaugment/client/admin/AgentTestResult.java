package com.generalaugment.client.admin;

import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply of a hosted test call ({@code testAgent}): the agent's answer and what it cost, as a
 * read-only view over the JSON. Fields the SDK does not model stay reachable through {@link #raw()}.
 */
public final class AgentTestResult {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public AgentTestResult(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A test call reply");
	}

	/** @return the agent's answer ({@code response_text}, else {@code response}), or {@code null} */
	public @Nullable String responseText() {
		String text = JsonValues.string(this.json, "response_text");
		return (text != null) ? text : JsonValues.string(this.json, "response");
	}

	/** @return the model that answered */
	public @Nullable String modelUsed() {
		return JsonValues.string(this.json, "model_used");
	}

	/** @return the cost in US dollars, or {@code null} when not reported */
	public @Nullable Double costUsd() {
		return JsonValues.doubleValue(this.json, "cost_usd");
	}

	/** @return the error of a failed test call, or {@code null} */
	public @Nullable String error() {
		return JsonValues.string(this.json, "error");
	}

	/** @return more about the error, or {@code null} */
	public @Nullable String details() {
		return JsonValues.string(this.json, "details");
	}

	/** @return what to change when the call failed, or {@code null} */
	public @Nullable String suggestion() {
		return JsonValues.string(this.json, "suggestion");
	}

	/** @return configuration warnings, never {@code null} */
	public List<String> warnings() {
		return JsonValues.strings(this.json, "warnings");
	}

	/** @return the reply's metadata (trace id, channel, …), never {@code null} */
	public Map<String, Object> metadata() {
		return JsonValues.map(this.json, "metadata");
	}

	/** @return the trace id from the metadata ({@code general_augment_trace_id}, else {@code trace_id}) */
	public @Nullable String traceId() {
		JsonNode metadata = this.json.get("metadata");
		String traceId = JsonValues.string(metadata, "general_augment_trace_id");
		return (traceId != null) ? traceId : JsonValues.string(metadata, "trace_id");
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "AgentTestResult{modelUsed=" + modelUsed() + ", error=" + error() + ", traceId=" + traceId() + "}";
	}

}
