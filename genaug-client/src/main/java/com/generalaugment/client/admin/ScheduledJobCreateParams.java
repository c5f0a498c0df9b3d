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
 * The parameters of {@code scheduledJobs().create}: a prompt the agent runs for one app user on a schedule.
 * Immutable; build one with {@link #builder()}, which checks every value before any request is sent.
 * Fields left unset are not sent, so the platform's defaults apply (for instance {@code max_tokens}
 * 2000 and {@code response_format} {@code text}).
 *
 * <pre>{@code
 * ScheduledJob job = admin.project("project_123").scheduledJobs().create(ScheduledJobCreateParams.builder()
 *     .targetAppUserId("app-user-123")
 *     .prompt("Review this account and summarize the next action.")
 *     .schedule(Schedule.interval(Duration.ofHours(1)))
 *     .build());
 * }</pre>
 */
public final class ScheduledJobCreateParams {

	private final String targetAppUserId;

	private final String prompt;

	private final @Nullable Schedule schedule;

	private final @Nullable String name;

	private final @Nullable String targetChannel;

	private final @Nullable String instructions;

	private final @Nullable Map<String, Object> context;

	private final @Nullable List<String> tools;

	private final @Nullable Map<String, Object> retryPolicy;

	private final @Nullable Integer maxTokens;

	private final @Nullable String responseFormat;

	private ScheduledJobCreateParams(Builder builder) {
		this.targetAppUserId = Checks.requireText(builder.targetAppUserId, "targetAppUserId");
		this.prompt = Checks.requireText(builder.prompt, "prompt");
		this.schedule = builder.schedule;
		this.name = builder.name;
		this.targetChannel = builder.targetChannel;
		this.instructions = builder.instructions;
		this.context = builder.context;
		this.tools = builder.tools;
		this.retryPolicy = builder.retryPolicy;
		this.maxTokens = builder.maxTokens;
		this.responseFormat = builder.responseFormat;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the app user the job runs for */
	public String targetAppUserId() {
		return this.targetAppUserId;
	}

	/** @return the prompt the agent runs */
	public String prompt() {
		return this.prompt;
	}

	/** @return when the job runs, or {@code null} when not set */
	public @Nullable Schedule schedule() {
		return this.schedule;
	}

	/**
	 * The JSON body as sent on the wire (snake_case, fields not set omitted).
	 * @param mapper the mapper turning context and retry-policy values into JSON
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		ObjectNode body = mapper.createObjectNode();
		body.put("target_app_user_id", this.targetAppUserId);
		body.put("prompt", this.prompt);
		putIfSet(body, "name", this.name);
		putIfSet(body, "target_channel", this.targetChannel);
		putIfSet(body, "instructions", this.instructions);
		if (this.context != null) {
			body.set("context", mapper.valueToTree(this.context));
		}
		if (this.schedule != null) {
			body.set("schedule", this.schedule.toJson(mapper));
		}
		if (this.tools != null) {
			body.set("tools", mapper.valueToTree(this.tools));
		}
		if (this.retryPolicy != null) {
			body.set("retry_policy", mapper.valueToTree(this.retryPolicy));
		}
		if (this.maxTokens != null) {
			body.put("max_tokens", this.maxTokens);
		}
		putIfSet(body, "response_format", this.responseFormat);
		return body;
	}

	private static void putIfSet(ObjectNode body, String field, @Nullable String value) {
		if (value != null) {
			body.put(field, value);
		}
	}

	@Override
	public String toString() {
		// The prompt and context may be personal data: keep them out of logs.
		return "ScheduledJobCreateParams{targetAppUserId=" + this.targetAppUserId + ", name=" + this.name + ", schedule="
				+ this.schedule + "}";
	}

	/**
	 * Builder of {@link ScheduledJobCreateParams}.
	 */
	public static final class Builder {

		private @Nullable String targetAppUserId;

		private @Nullable String prompt;

		private @Nullable Schedule schedule;

		private @Nullable String name;

		private @Nullable String targetChannel;

		private @Nullable String instructions;

		private @Nullable Map<String, Object> context;

		private @Nullable List<String> tools;

		private @Nullable Map<String, Object> retryPolicy;

		private @Nullable Integer maxTokens;

		private @Nullable String responseFormat;

		private Builder() {
		}

		/**
		 * The app user the job runs for (required).
		 * @param targetAppUserId the app-owned user id
		 * @return this builder
		 */
		public Builder targetAppUserId(String targetAppUserId) {
			this.targetAppUserId = targetAppUserId;
			return this;
		}

		/**
		 * The prompt the agent runs (required).
		 * @param prompt the prompt
		 * @return this builder
		 */
		public Builder prompt(String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * When the job runs.
		 * @param schedule the schedule
		 * @return this builder
		 */
		public Builder schedule(@Nullable Schedule schedule) {
			this.schedule = schedule;
			return this;
		}

		/**
		 * A display name. Default: not sent (the platform derives one from the prompt).
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The channel the result is delivered on, e.g. {@code in_app} or {@code whatsapp}.
		 * @param targetChannel the channel
		 * @return this builder
		 */
		public Builder targetChannel(@Nullable String targetChannel) {
			this.targetChannel = targetChannel;
			return this;
		}

		/**
		 * Instructions for every run.
		 * @param instructions the instructions
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Context handed to every run.
		 * @param context string keys to JSON-serialisable values
		 * @return this builder
		 */
		public Builder context(@Nullable Map<String, ?> context) {
			this.context = (context != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(context)) : null;
			return this;
		}

		/**
		 * The ids of the tools a run may call.
		 * @param tools the tool ids
		 * @return this builder
		 */
		public Builder tools(@Nullable List<String> tools) {
			this.tools = (tools != null) ? List.copyOf(tools) : null;
			return this;
		}

		/**
		 * How failed runs are retried, e.g. {@code {"max_attempts": 3}}.
		 * @param retryPolicy string keys to JSON-serialisable values
		 * @return this builder
		 */
		public Builder retryPolicy(@Nullable Map<String, ?> retryPolicy) {
			this.retryPolicy = (retryPolicy != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(retryPolicy))
					: null;
			return this;
		}

		/**
		 * The most tokens a run may produce, at least 1. Default: not sent (the platform uses 2000).
		 * @param maxTokens the limit
		 * @return this builder
		 * @throws IllegalArgumentException when below 1
		 */
		public Builder maxTokens(@Nullable Integer maxTokens) {
			if (maxTokens != null && maxTokens < 1) {
				throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
			}
			this.maxTokens = maxTokens;
			return this;
		}

		/**
		 * The format of a run's output: {@code text} or {@code json}. Default: not sent (the platform uses
		 * {@code text}).
		 * @param responseFormat the format
		 * @return this builder
		 * @throws IllegalArgumentException for any other value
		 */
		public Builder responseFormat(@Nullable String responseFormat) {
			if (responseFormat != null && !"text".equals(responseFormat) && !"json".equals(responseFormat)) {
				throw new IllegalArgumentException("responseFormat must be text or json, was '" + responseFormat + "'");
			}
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException when {@code targetAppUserId} or {@code prompt} is blank
		 */
		public ScheduledJobCreateParams build() {
			return new ScheduledJobCreateParams(this);
		}

	}

}
