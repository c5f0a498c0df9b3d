package com.generalaugment.spring.ai.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The General Augment chat model's defaults ({@code spring.ai.genaug.chat.*}), as Spring AI names a
 * provider's settings. The key, URL and client settings are the starter's {@code genaug.*}.
 */
@ConfigurationProperties("spring.ai.genaug.chat")
public class GenaugChatProperties {

	/** The options every call starts from; a call's own options win field by field. */
	private final Options options = new Options();

	public Options getOptions() {
		return this.options;
	}

	/**
	 * Default options ({@code spring.ai.genaug.chat.options.*}).
	 */
	public static class Options {

		/** Model tier: simple, balanced or complex (the platform's default when unset). */
		private @Nullable String model;

		/** The app user every call is for, when the call names none (usually set per call instead). */
		private @Nullable String user;

		/** Most output tokens per reply. */
		private @Nullable Integer maxTokens;

		/** Sampling temperature. */
		private @Nullable Double temperature;

		/** Nucleus sampling. */
		private @Nullable Double topP;

		/** Reasoning effort: low, medium or high. */
		private @Nullable String reasoningEffort;

		/** Metadata sent with every call, e.g. feature=assistant. */
		private Map<String, String> metadata = new LinkedHashMap<>();

		public @Nullable String getModel() {
			return this.model;
		}

		public void setModel(@Nullable String model) {
			this.model = model;
		}

		public @Nullable String getUser() {
			return this.user;
		}

		public void setUser(@Nullable String user) {
			this.user = user;
		}

		public @Nullable Integer getMaxTokens() {
			return this.maxTokens;
		}

		public void setMaxTokens(@Nullable Integer maxTokens) {
			this.maxTokens = maxTokens;
		}

		public @Nullable Double getTemperature() {
			return this.temperature;
		}

		public void setTemperature(@Nullable Double temperature) {
			this.temperature = temperature;
		}

		public @Nullable Double getTopP() {
			return this.topP;
		}

		public void setTopP(@Nullable Double topP) {
			this.topP = topP;
		}

		public @Nullable String getReasoningEffort() {
			return this.reasoningEffort;
		}

		public void setReasoningEffort(@Nullable String reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
		}

		public Map<String, String> getMetadata() {
			return this.metadata;
		}

		public void setMetadata(Map<String, String> metadata) {
			this.metadata = metadata;
		}

	}

}
