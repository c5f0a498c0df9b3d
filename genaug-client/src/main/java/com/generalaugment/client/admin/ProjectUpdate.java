package com.generalaugment.client.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code PATCH /api/v1/admin/projects/{id}}: only the fields set on the builder are sent. A
 * field set to {@code null} is sent as JSON {@code null} (which clears it on the platform); a field never
 * set is left out and keeps its value.
 *
 * <pre>{@code
 * admin.updateProject("project_123", ProjectUpdate.builder()
 *     .name("Support agent")
 *     .systemPrompt(null)          // clears the prompt
 *     .build());
 * }</pre>
 */
public final class ProjectUpdate {

	private final Map<String, @Nullable Object> fields;

	private ProjectUpdate(Map<String, @Nullable Object> fields) {
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the fields to send by their JSON names, in the order they were set; values may be null */
	public Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	/**
	 * The JSON body as sent on the wire.
	 * @param mapper the mapper turning the values into JSON
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		return Values.patchBody(this.fields, mapper);
	}

	@Override
	public String toString() {
		// Values may be secrets (webhook_secret, telegram_bot_token): show only which fields change.
		return "ProjectUpdate{fields=" + this.fields.keySet() + "}";
	}

	/**
	 * Builder of {@link ProjectUpdate}. Each setter marks its field as sent, even with {@code null}.
	 */
	public static final class Builder {

		private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * The display name.
		 * @param name the name, or {@code null} to send null
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			return field("name", name);
		}

		/**
		 * The URL-safe slug.
		 * @param slug the slug, or {@code null} to send null
		 * @return this builder
		 */
		public Builder slug(@Nullable String slug) {
			return field("slug", slug);
		}

		/**
		 * The status, e.g. {@code active}.
		 * @param status the status, or {@code null} to send null
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			return field("status", status);
		}

		/**
		 * The project's system prompt.
		 * @param systemPrompt the prompt, or {@code null} to clear it
		 * @return this builder
		 */
		public Builder systemPrompt(@Nullable String systemPrompt) {
			return field("system_prompt", systemPrompt);
		}

		/**
		 * The tools the agent may call (replaces the list).
		 * @param enabledToolIds the tool ids, or {@code null} to send null
		 * @return this builder
		 */
		public Builder enabledToolIds(@Nullable List<String> enabledToolIds) {
			return field("enabled_tool_ids", (enabledToolIds != null) ? List.copyOf(enabledToolIds) : null);
		}

		/**
		 * The model preferences, e.g. {@code {"default_tier": "balanced"}}.
		 * @param modelPreferences the preferences, or {@code null} to send null
		 * @return this builder
		 */
		public Builder modelPreferences(@Nullable Map<String, ?> modelPreferences) {
			return field("model_preferences", copy(modelPreferences));
		}

		/**
		 * The rate limits, e.g. {@code {"requests_per_minute": 60}}.
		 * @param rateLimits the limits, or {@code null} to send null
		 * @return this builder
		 */
		public Builder rateLimits(@Nullable Map<String, ?> rateLimits) {
			return field("rate_limits", copy(rateLimits));
		}

		/**
		 * Any other project field by its JSON (snake_case) name, e.g. {@code platform_webhook_url}.
		 * @param name the field name
		 * @param value a JSON-serialisable value, or {@code null} to send null
		 * @return this builder
		 */
		public Builder field(String name, @Nullable Object value) {
			this.fields.put(Checks.requireText(name, "name"), value);
			return this;
		}

		/**
		 * Build the update.
		 * @return the update
		 * @throws IllegalArgumentException when no field was set
		 */
		public ProjectUpdate build() {
			if (this.fields.isEmpty()) {
				throw new IllegalArgumentException("A ProjectUpdate must set at least one field");
			}
			return new ProjectUpdate(this.fields);
		}

		private static @Nullable Map<String, Object> copy(@Nullable Map<String, ?> map) {
			return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : null;
		}

	}

}
