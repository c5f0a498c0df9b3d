package com.generalaugment.client.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A project's observability overview ({@code project.observability().summary()}): recent traces, counts,
 * the model mix and whether Langfuse is connected.
 */
public final class ObservabilitySummary {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public ObservabilitySummary(JsonNode json) {
		this.json = JsonValues.requireObject(json, "An observability summary");
	}

	/** @return whether traces also go to Langfuse */
	public boolean langfuseEnabled() {
		return Boolean.TRUE.equals(JsonValues.booleanValue(this.json, "langfuse_enabled"));
	}

	/** @return the Langfuse project's URL, or {@code null} */
	public @Nullable String langfuseUrl() {
		return JsonValues.string(this.json, "langfuse_url");
	}

	/** @return the recent traces, never {@code null} */
	public List<TraceRef> traces() {
		return Values.objects(this.json, "traces").stream()
			.map((trace) -> new TraceRef(JsonValues.string(trace, "trace_id"), JsonValues.string(trace, "response_id")))
			.toList();
	}

	/** @return the counters ({@code trace_count}, …), never {@code null} */
	public Map<String, Object> metrics() {
		return JsonValues.map(this.json, "metrics");
	}

	/** @return how many turns each model answered: model → count, never {@code null} */
	public Map<String, Long> modelDistribution() {
		LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
		Values.objects(this.json, "model_distribution").forEach((row) -> {
			String model = JsonValues.string(row, "model");
			if (model != null) {
				counts.put(model, JsonValues.count(row, "count"));
			}
		});
		return Collections.unmodifiableMap(counts);
	}

	/** @return the reply's whole JSON, {@code messages_over_time} and {@code tool_usage} included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "ObservabilitySummary{traces=" + traces().size() + ", metrics=" + metrics() + "}";
	}

}
