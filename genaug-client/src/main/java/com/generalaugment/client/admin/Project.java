package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A project (tenant) as the admin API returns it: a read-only view over the JSON. Secrets such as
 * {@code webhook_secret} always come back {@code null}. Fields the SDK does not model (branding, MCP
 * servers, webhooks, …) stay reachable through {@link #raw()}.
 */
public final class Project {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the project's JSON object
	 */
	public Project(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A project");
	}

	/** @return the project id */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the display name */
	public @Nullable String name() {
		return JsonValues.string(this.json, "name");
	}

	/** @return the URL-safe slug */
	public @Nullable String slug() {
		return JsonValues.string(this.json, "slug");
	}

	/** @return the status, e.g. {@code active} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the project's system prompt */
	public @Nullable String systemPrompt() {
		return JsonValues.string(this.json, "system_prompt");
	}

	/** @return the ids of the tools the agent may call, never {@code null} */
	public List<String> enabledToolIds() {
		return JsonValues.strings(this.json, "enabled_tool_ids");
	}

	/** @return the model preferences, never {@code null} */
	public Map<String, Object> modelPreferences() {
		return JsonValues.map(this.json, "model_preferences");
	}

	/** @return the rate limits, never {@code null} */
	public Map<String, Object> rateLimits() {
		return JsonValues.map(this.json, "rate_limits");
	}

	/** @return when the project was created, or {@code null} when absent or unreadable */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return when the project was last changed, or {@code null} when absent or unreadable */
	public @Nullable Instant updatedAt() {
		return JsonValues.instant(this.json, "updated_at");
	}

	/** @return the project's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "Project{id=" + id() + ", slug=" + slug() + ", status=" + status() + "}";
	}

}
