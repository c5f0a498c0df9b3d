package com.generalaugment.spring.ai;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.DefaultChatOptionsBuilder;
import org.springframework.ai.model.tool.StructuredOutputChatOptions;

/**
 * The options of a General Augment chat call: the model tier ({@code simple}, {@code balanced},
 * {@code complex}), the per-user identity the platform keys memory and limits on ({@code user}), metadata,
 * the response to continue, reasoning effort, output limits and sampling, and the JSON schema of a
 * structured reply (sent as the platform's strict {@code json_schema} text format). Immutable; options of a
 * call are laid over the model's defaults field by field.
 *
 * <pre>{@code
 * chatClient.prompt("Summarise my last order")
 *     .options(GeneralAugmentChatOptions.builder().user(signedInUserId).build())
 *     .call().content();
 * }</pre>
 */
public final class GeneralAugmentChatOptions implements StructuredOutputChatOptions {

	private final @Nullable String model;

	private final @Nullable Integer maxTokens;

	private final @Nullable Double temperature;

	private final @Nullable Double topP;

	private final @Nullable String user;

	private final Map<String, String> metadata;

	private final @Nullable String previousResponseId;

	private final @Nullable String reasoningEffort;

	private final @Nullable String outputSchema;

	// The common options are the Spring AI builder's protected fields, readable only inside the builder.
	private GeneralAugmentChatOptions(Builder builder, @Nullable String model, @Nullable Integer maxTokens,
			@Nullable Double temperature, @Nullable Double topP) {
		this.model = model;
		this.maxTokens = maxTokens;
		this.temperature = temperature;
		this.topP = topP;
		this.user = builder.user;
		this.metadata = Map.copyOf(builder.metadata);
		this.previousResponseId = builder.previousResponseId;
		this.reasoningEffort = builder.reasoningEffort;
		this.outputSchema = builder.outputSchema;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The options of a call laid over defaults: every option the call sets wins.
	 * @param defaults the model's defaults
	 * @param call the call's options, of any Spring AI type, or {@code null}
	 * @return the effective options
	 */
	public static GeneralAugmentChatOptions merge(GeneralAugmentChatOptions defaults, @Nullable ChatOptions call) {
		Builder merged = defaults.mutate();
		if (call == null) {
			return merged.build();
		}
		if (call.getModel() != null) {
			merged.model(call.getModel());
		}
		if (call.getMaxTokens() != null) {
			merged.maxTokens(call.getMaxTokens());
		}
		if (call.getTemperature() != null) {
			merged.temperature(call.getTemperature());
		}
		if (call.getTopP() != null) {
			merged.topP(call.getTopP());
		}
		if (call instanceof StructuredOutputChatOptions structured && structured.getOutputSchema() != null) {
			merged.outputSchema(structured.getOutputSchema());
		}
		if (call instanceof GeneralAugmentChatOptions ours) {
			merged.combineWith(ours.mutate());
		}
		return merged.build();
	}

	/** @return the model tier, e.g. {@code balanced} */
	@Override
	public @Nullable String getModel() {
		return this.model;
	}

	/** @return {@code null}: the platform has no frequency penalty */
	@Override
	public @Nullable Double getFrequencyPenalty() {
		return null;
	}

	/** @return the most output tokens ({@code max_output_tokens}) */
	@Override
	public @Nullable Integer getMaxTokens() {
		return this.maxTokens;
	}

	/** @return {@code null}: the platform has no presence penalty */
	@Override
	public @Nullable Double getPresencePenalty() {
		return null;
	}

	/** @return {@code null}: the platform has no stop sequences */
	@Override
	public @Nullable List<String> getStopSequences() {
		return null;
	}

	@Override
	public @Nullable Double getTemperature() {
		return this.temperature;
	}

	/** @return {@code null}: the platform has no top-k */
	@Override
	public @Nullable Integer getTopK() {
		return null;
	}

	@Override
	public @Nullable Double getTopP() {
		return this.topP;
	}

	/** @return the app's user the call is for ({@code user}), keying the platform's memory and limits */
	public @Nullable String getUser() {
		return this.user;
	}

	/** @return metadata sent with the call (e.g. {@code feature}), never {@code null} */
	public Map<String, String> getMetadata() {
		return this.metadata;
	}

	/** @return the response this call continues ({@code previous_response_id}) */
	public @Nullable String getPreviousResponseId() {
		return this.previousResponseId;
	}

	/** @return the reasoning effort ({@code low}, {@code medium}, {@code high}) */
	public @Nullable String getReasoningEffort() {
		return this.reasoningEffort;
	}

	/** @return the JSON schema a structured reply must follow, as JSON text */
	@Override
	public @Nullable String getOutputSchema() {
		return this.outputSchema;
	}

	@Override
	public Builder mutate() {
		Builder builder = new Builder().user(this.user)
			.metadata(this.metadata)
			.previousResponseId(this.previousResponseId)
			.reasoningEffort(this.reasoningEffort)
			.outputSchema(this.outputSchema);
		builder.model(this.model).maxTokens(this.maxTokens).temperature(this.temperature).topP(this.topP);
		return builder;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GeneralAugmentChatOptions that && Objects.equals(this.model, that.model)
				&& Objects.equals(this.maxTokens, that.maxTokens) && Objects.equals(this.temperature, that.temperature)
				&& Objects.equals(this.topP, that.topP) && Objects.equals(this.user, that.user)
				&& this.metadata.equals(that.metadata) && Objects.equals(this.previousResponseId, that.previousResponseId)
				&& Objects.equals(this.reasoningEffort, that.reasoningEffort)
				&& Objects.equals(this.outputSchema, that.outputSchema);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.model, this.maxTokens, this.temperature, this.topP, this.user, this.metadata,
				this.previousResponseId, this.reasoningEffort, this.outputSchema);
	}

	@Override
	public String toString() {
		return "GeneralAugmentChatOptions{model=" + this.model + ", user=" + this.user + ", maxTokens=" + this.maxTokens
				+ ", previousResponseId=" + this.previousResponseId + ", structured=" + (this.outputSchema != null) + "}";
	}

	/**
	 * Builder of {@link GeneralAugmentChatOptions}; the Spring AI options it has no platform field for
	 * (frequency and presence penalty, stop sequences, top-k) are ignored.
	 */
	public static final class Builder extends DefaultChatOptionsBuilder<Builder>
			implements StructuredOutputChatOptions.Builder<Builder> {

		private @Nullable String user;

		private Map<String, String> metadata = Map.of();

		private @Nullable String previousResponseId;

		private @Nullable String reasoningEffort;

		private @Nullable String outputSchema;

		private Builder() {
		}

		/**
		 * The app's user the call is for.
		 * @param user the user id
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * Metadata sent with the call.
		 * @param metadata the metadata
		 * @return this builder
		 */
		public Builder metadata(Map<String, String> metadata) {
			this.metadata = Map.copyOf(metadata);
			return this;
		}

		/**
		 * The response this call continues.
		 * @param previousResponseId the response id
		 * @return this builder
		 */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			this.previousResponseId = previousResponseId;
			return this;
		}

		/**
		 * The reasoning effort.
		 * @param reasoningEffort {@code low}, {@code medium} or {@code high}
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable String reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		@Override
		public Builder outputSchema(@Nullable String outputSchema) {
			this.outputSchema = outputSchema;
			return this;
		}

		/**
		 * Lay another builder's options over this one's, as {@code ChatClient} does with a call's options
		 * over the model's defaults: every option the other sets wins, ours included.
		 * @param other the other builder
		 * @return this builder
		 */
		@Override
		public Builder combineWith(ChatOptions.Builder<?> other) {
			super.combineWith(other);
			if (other instanceof Builder ours) {
				if (ours.user != null) {
					this.user = ours.user;
				}
				if (!ours.metadata.isEmpty()) {
					this.metadata = ours.metadata;
				}
				if (ours.previousResponseId != null) {
					this.previousResponseId = ours.previousResponseId;
				}
				if (ours.reasoningEffort != null) {
					this.reasoningEffort = ours.reasoningEffort;
				}
				if (ours.outputSchema != null) {
					this.outputSchema = ours.outputSchema;
				}
			}
			return this;
		}

		@Override
		public Builder clone() {
			Builder copy = super.clone();
			copy.metadata = this.metadata;
			return copy;
		}

		@Override
		public GeneralAugmentChatOptions build() {
			return new GeneralAugmentChatOptions(this, this.model, this.maxTokens, this.temperature, this.topP);
		}

	}

}
