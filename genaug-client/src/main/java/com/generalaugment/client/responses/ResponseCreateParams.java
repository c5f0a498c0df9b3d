package com.generalaugment.client.responses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of {@code POST /v1/responses}: what {@code responses().create} and
 * {@code responses().stream} send. Immutable; build one with {@link #builder()}; every field set can be
 * read back. Fields the SDK does not model yet can be sent with {@link Builder#extra(String, Object)}.
 * Whether the reply streams is the method's choice, not a field: there is no {@code stream} flag.
 *
 * <pre>{@code
 * ResponseCreateParams params = ResponseCreateParams.builder()
 *     .model("balanced")
 *     .user("app-user-123")
 *     .input("Summarize this support request and suggest the next action.")
 *     .metadata(Map.of("feature", "support-triage"))
 *     .build();
 * }</pre>
 */
public final class ResponseCreateParams {

	/** The model tier used when none is set. */
	public static final String DEFAULT_MODEL = "balanced";

	private final String model;

	private final @Nullable String user;

	private final @Nullable String inputText;

	private final @Nullable List<InputMessage> inputMessages;

	private final @Nullable String instructions;

	private final Map<String, Object> metadata;

	private final @Nullable TextFormat text;

	private final @Nullable Reasoning reasoning;

	private final @Nullable String truncation;

	private final @Nullable List<Object> tools;

	private final @Nullable Object toolChoice;

	private final @Nullable Boolean parallelToolCalls;

	private final @Nullable Boolean store;

	private final @Nullable Boolean background;

	private final @Nullable String previousResponseId;

	private final @Nullable Object conversation;

	private final @Nullable Integer maxOutputTokens;

	private final @Nullable Double temperature;

	private final @Nullable Double topP;

	private final @Nullable List<String> include;

	private final Map<String, Object> extra;

	private ResponseCreateParams(Builder builder) {
		this.model = builder.model;
		this.user = builder.user;
		this.inputText = builder.inputText;
		this.inputMessages = builder.inputMessages;
		this.instructions = builder.instructions;
		this.metadata = (builder.metadata == null || builder.metadata.isEmpty()) ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(builder.metadata));
		this.text = builder.text;
		this.reasoning = builder.reasoning;
		this.truncation = builder.truncation;
		this.tools = (builder.tools != null) ? List.copyOf(builder.tools) : null;
		this.toolChoice = builder.toolChoice;
		this.parallelToolCalls = builder.parallelToolCalls;
		this.store = builder.store;
		this.background = builder.background;
		this.previousResponseId = builder.previousResponseId;
		this.conversation = builder.conversation;
		this.maxOutputTokens = builder.maxOutputTokens;
		this.temperature = builder.temperature;
		this.topP = builder.topP;
		this.include = (builder.include != null) ? List.copyOf(builder.include) : null;
		this.extra = (builder.extra == null || builder.extra.isEmpty()) ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(builder.extra));
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return a builder holding this request's values, to derive a changed copy */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.model = this.model;
		builder.user = this.user;
		builder.inputText = this.inputText;
		builder.inputMessages = this.inputMessages;
		builder.instructions = this.instructions;
		if (!this.metadata.isEmpty()) {
			builder.metadata(this.metadata);
		}
		builder.text = this.text;
		builder.reasoning = this.reasoning;
		builder.truncation = this.truncation;
		builder.tools = this.tools;
		builder.toolChoice = this.toolChoice;
		builder.parallelToolCalls = this.parallelToolCalls;
		builder.store = this.store;
		builder.background = this.background;
		builder.previousResponseId = this.previousResponseId;
		builder.conversation = this.conversation;
		builder.maxOutputTokens = this.maxOutputTokens;
		builder.temperature = this.temperature;
		builder.topP = this.topP;
		builder.include = this.include;
		this.extra.forEach(builder::extra);
		return builder;
	}

	/** @return the model tier */
	public String model() {
		return this.model;
	}

	/** @return the app-owned user id */
	public @Nullable String user() {
		return this.user;
	}

	/** @return the input when given as text */
	public @Nullable String inputText() {
		return this.inputText;
	}

	/** @return the input when given as messages */
	public @Nullable List<InputMessage> inputMessages() {
		return this.inputMessages;
	}

	/** @return the instructions */
	public @Nullable String instructions() {
		return this.instructions;
	}

	/** @return the caller's metadata */
	public Map<String, Object> metadata() {
		return this.metadata;
	}

	/** @return the output format */
	public @Nullable TextFormat text() {
		return this.text;
	}

	/** @return the reasoning settings */
	public @Nullable Reasoning reasoning() {
		return this.reasoning;
	}

	/** @return the truncation strategy */
	public @Nullable String truncation() {
		return this.truncation;
	}

	/** @return the tools, as given */
	public @Nullable List<Object> tools() {
		return this.tools;
	}

	/** @return the tool choice, as given */
	public @Nullable Object toolChoice() {
		return this.toolChoice;
	}

	/** @return whether tools may be called in parallel */
	public @Nullable Boolean parallelToolCalls() {
		return this.parallelToolCalls;
	}

	/** @return whether the platform stores the response */
	public @Nullable Boolean store() {
		return this.store;
	}

	/** @return whether the response runs in the background */
	public @Nullable Boolean background() {
		return this.background;
	}

	/** @return the conversation, as given */
	public @Nullable Object conversation() {
		return this.conversation;
	}

	/** @return the most output tokens */
	public @Nullable Integer maxOutputTokens() {
		return this.maxOutputTokens;
	}

	/** @return the sampling temperature */
	public @Nullable Double temperature() {
		return this.temperature;
	}

	/** @return the nucleus sampling mass */
	public @Nullable Double topP() {
		return this.topP;
	}

	/** @return the extra outputs to include */
	public @Nullable List<String> include() {
		return this.include;
	}

	/** @return the id of the response to continue */
	public @Nullable String previousResponseId() {
		return this.previousResponseId;
	}

	/** @return fields sent as given, for fields the SDK does not model */
	public Map<String, Object> extra() {
		return this.extra;
	}

	/**
	 * The JSON body as sent on the wire (snake_case, absent fields omitted), for a reply that does not
	 * stream: a {@code stream} field given through {@link Builder#extra} is left out, so a caller expecting
	 * JSON can never be answered with events.
	 * @param mapper the mapper turning free-form values (tools, metadata, extra fields) into JSON
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		ObjectNode body = mapper.createObjectNode();
		body.put("model", this.model);
		putIfSet(body, "user", this.user);
		if (this.inputText != null) {
			body.put("input", this.inputText);
		}
		else if (this.inputMessages != null) {
			ArrayNode input = body.putArray("input");
			for (InputMessage message : this.inputMessages) {
				ObjectNode item = input.addObject().put("role", message.role());
				if (message.text() != null) {
					item.put("content", message.text());
				}
				else {
					ArrayNode parts = item.putArray("content");
					Objects.requireNonNull(message.parts())
						.forEach((part) -> parts.addObject().put("type", part.type()).put("text", part.text()));
				}
			}
		}
		putIfSet(body, "instructions", this.instructions);
		if (!this.metadata.isEmpty()) {
			body.set("metadata", mapper.valueToTree(this.metadata));
		}
		if (this.text != null) {
			ObjectNode format = body.putObject("text").putObject("format").put("type", this.text.type());
			putIfSet(format, "name", this.text.name());
			if (this.text.strict() != null) {
				format.put("strict", this.text.strict());
			}
			if (this.text.schema() != null) {
				format.set("schema", mapper.valueToTree(this.text.schema()));
			}
		}
		if (this.reasoning != null) {
			ObjectNode reasoning = body.putObject("reasoning");
			putIfSet(reasoning, "effort", this.reasoning.effort());
			putIfSet(reasoning, "summary", this.reasoning.summary());
		}
		putIfSet(body, "truncation", this.truncation);
		if (this.tools != null) {
			body.set("tools", mapper.valueToTree(this.tools));
		}
		if (this.toolChoice != null) {
			body.set("tool_choice", mapper.valueToTree(this.toolChoice));
		}
		if (this.parallelToolCalls != null) {
			body.put("parallel_tool_calls", this.parallelToolCalls);
		}
		if (this.store != null) {
			body.put("store", this.store);
		}
		if (this.background != null) {
			body.put("background", this.background);
		}
		putIfSet(body, "previous_response_id", this.previousResponseId);
		if (this.conversation != null) {
			body.set("conversation", mapper.valueToTree(this.conversation));
		}
		if (this.maxOutputTokens != null) {
			body.put("max_output_tokens", this.maxOutputTokens);
		}
		if (this.temperature != null) {
			body.put("temperature", this.temperature);
		}
		if (this.topP != null) {
			body.put("top_p", this.topP);
		}
		if (this.include != null) {
			ArrayNode include = body.putArray("include");
			this.include.forEach(include::add);
		}
		this.extra.forEach((name, value) -> body.set(name, mapper.valueToTree(value)));
		body.remove("stream");
		return body;
	}

	private static void putIfSet(ObjectNode node, String field, @Nullable String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	@Override
	public String toString() {
		// The input and metadata may be personal data: keep them out of logs.
		return "ResponseCreateParams{model=" + this.model + ", user=" + this.user + "}";
	}

	/**
	 * Builder of {@link ResponseCreateParams}.
	 */
	public static final class Builder {

		private String model = DEFAULT_MODEL;

		private @Nullable String user;

		private @Nullable String inputText;

		private @Nullable List<InputMessage> inputMessages;

		private @Nullable String instructions;

		// Made on first use: most calls set neither.
		private @Nullable Map<String, Object> metadata;

		private @Nullable TextFormat text;

		private @Nullable Reasoning reasoning;

		private @Nullable String truncation;

		private @Nullable List<Object> tools;

		private @Nullable Object toolChoice;

		private @Nullable Boolean parallelToolCalls;

		private @Nullable Boolean store;

		private @Nullable Boolean background;

		private @Nullable String previousResponseId;

		private @Nullable Object conversation;

		private @Nullable Integer maxOutputTokens;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable List<String> include;

		private @Nullable Map<String, Object> extra;

		private Builder() {
		}

		/**
		 * The model tier: {@code simple}, {@code balanced} (default) or {@code complex}.
		 * @param model the model
		 * @return this builder
		 */
		public Builder model(String model) {
			if (model == null || model.isBlank()) {
				throw new IllegalArgumentException("model must not be blank");
			}
			this.model = model;
			return this;
		}

		/**
		 * The stable, app-owned id of the end user (required for production turns).
		 * @param user the user id
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * The input as text.
		 * @param input the text
		 * @return this builder
		 */
		public Builder input(String input) {
			this.inputText = Objects.requireNonNull(input, "input");
			this.inputMessages = null;
			return this;
		}

		/**
		 * The input as a list of messages.
		 * @param messages the messages
		 * @return this builder
		 */
		public Builder input(List<InputMessage> messages) {
			this.inputMessages = List.copyOf(messages);
			this.inputText = null;
			return this;
		}

		/**
		 * The input as messages.
		 * @param messages the messages
		 * @return this builder
		 */
		public Builder input(InputMessage... messages) {
			return input(List.of(messages));
		}

		/**
		 * Instructions for this turn.
		 * @param instructions the instructions
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Replace the metadata.
		 * @param metadata string keys to JSON-serialisable values
		 * @return this builder
		 */
		public Builder metadata(Map<String, ?> metadata) {
			this.metadata = new LinkedHashMap<>(metadata);
			return this;
		}

		/**
		 * Add one metadata entry.
		 * @param key the key
		 * @param value the value
		 * @return this builder
		 */
		public Builder metadata(String key, Object value) {
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * The output format (structured output).
		 * @param format the format
		 * @return this builder
		 */
		public Builder text(@Nullable TextFormat format) {
			this.text = format;
			return this;
		}

		/**
		 * Reasoning settings.
		 * @param reasoning the settings
		 * @return this builder
		 */
		public Builder reasoning(@Nullable Reasoning reasoning) {
			this.reasoning = reasoning;
			return this;
		}

		/**
		 * Truncation: {@code disabled} or {@code auto}.
		 * @param truncation the mode
		 * @return this builder
		 */
		public Builder truncation(@Nullable String truncation) {
			this.truncation = truncation;
			return this;
		}

		/**
		 * Tools, as JSON-serialisable values.
		 * @param tools the tools
		 * @return this builder
		 */
		public Builder tools(@Nullable List<?> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * Tool choice: a string such as {@code auto} or an object.
		 * @param toolChoice the choice
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable Object toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Whether tools may be called in parallel.
		 * @param parallelToolCalls the flag
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		/**
		 * Whether the platform stores the response.
		 * @param store the flag
		 * @return this builder
		 */
		public Builder store(@Nullable Boolean store) {
			this.store = store;
			return this;
		}

		/**
		 * Whether to run the response in the background.
		 * @param background the flag
		 * @return this builder
		 */
		public Builder background(@Nullable Boolean background) {
			this.background = background;
			return this;
		}

		/**
		 * Continue from an earlier response.
		 * @param previousResponseId its id
		 * @return this builder
		 */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			this.previousResponseId = previousResponseId;
			return this;
		}

		/**
		 * The conversation: an id string or an object.
		 * @param conversation the conversation
		 * @return this builder
		 */
		public Builder conversation(@Nullable Object conversation) {
			this.conversation = conversation;
			return this;
		}

		/**
		 * The most output tokens to produce.
		 * @param maxOutputTokens the limit
		 * @return this builder
		 */
		public Builder maxOutputTokens(@Nullable Integer maxOutputTokens) {
			this.maxOutputTokens = maxOutputTokens;
			return this;
		}

		/**
		 * Sampling temperature.
		 * @param temperature the temperature
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Nucleus sampling.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Extra output to include.
		 * @param include the names
		 * @return this builder
		 */
		public Builder include(@Nullable List<String> include) {
			this.include = include;
			return this;
		}

		/**
		 * A field the SDK does not model, sent as given (wins over a modelled field of the same name).
		 * @param name the JSON field name
		 * @param value a JSON-serialisable value
		 * @return this builder
		 */
		public Builder extra(String name, @Nullable Object value) {
			if (this.extra == null) {
				this.extra = new LinkedHashMap<>();
			}
			this.extra.put(name, value);
			return this;
		}

		/** @return the parameters */
		public ResponseCreateParams build() {
			return new ResponseCreateParams(this);
		}

	}

}
