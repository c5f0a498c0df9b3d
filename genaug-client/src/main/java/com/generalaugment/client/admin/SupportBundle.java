package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The platform's observability support bundle for a project ({@code project.observability().supportBundle()}):
 * what its support team asks for when a turn misbehaves. Its sections vary with the platform's version,
 * so beyond the counters it is read through {@link #raw()}; attach it to a ticket as JSON.
 */
public final class SupportBundle {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the bundle's JSON object
	 */
	public SupportBundle(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A support bundle");
	}

	/** @return the project id */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return when the platform put the bundle together */
	public @Nullable Instant generatedAt() {
		return JsonValues.instant(this.json, "generated_at");
	}

	/** @return the counters ({@code trace_count}, {@code run_count}, …), never {@code null} */
	public Map<String, Object> metrics() {
		return JsonValues.map(this.json, "metrics");
	}

	/** @return the bundle's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "SupportBundle{projectId=" + projectId() + ", generatedAt=" + generatedAt() + ", metrics=" + metrics() + "}";
	}

}
