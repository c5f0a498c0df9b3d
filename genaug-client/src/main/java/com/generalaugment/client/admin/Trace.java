package com.generalaugment.client.admin;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One trace ({@code project.observability().trace(id)}): who asked, which model answered, tokens, cost
 * and latency.
 */
public final class Trace {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the trace's JSON object
	 */
	public Trace(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A trace");
	}

	/** @return the trace id ({@code trace_id}, else {@code id}) */
	public @Nullable String traceId() {
		String id = JsonValues.string(this.json, "trace_id");
		return (id != null) ? id : JsonValues.string(this.json, "id");
	}

	/** @return the platform's user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the session */
	public @Nullable String sessionId() {
		return JsonValues.string(this.json, "session_id");
	}

	/** @return the model that answered */
	public @Nullable String modelUsed() {
		return JsonValues.string(this.json, "model_used");
	}

	/** @return input tokens, or {@code null} */
	public @Nullable Long inputTokens() {
		return JsonValues.longValue(this.json, "input_tokens");
	}

	/** @return output tokens, or {@code null} */
	public @Nullable Long outputTokens() {
		return JsonValues.longValue(this.json, "output_tokens");
	}

	/** @return the cost in US dollars, or {@code null} */
	public @Nullable Double costUsd() {
		return JsonValues.doubleValue(this.json, "cost_usd");
	}

	/** @return the latency in milliseconds, or {@code null} */
	public @Nullable Long latencyMs() {
		return JsonValues.longValue(this.json, "latency_ms");
	}

	/** @return the trace in Langfuse, or {@code null} */
	public @Nullable String langfuseUrl() {
		return JsonValues.string(this.json, "langfuse_url");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "Trace{traceId=" + traceId() + ", modelUsed=" + modelUsed() + ", latencyMs=" + latencyMs() + "}";
	}

}
