package com.generalaugment.client.admin;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A hosted test call to a project's agent: a message as if sent by a phone over a channel. Immutable;
 * build one with {@link #builder()}.
 *
 * <pre>{@code
 * AgentTestResult result = admin.project("project_123").agent().test(AgentTestParams.builder()
 *     .message("Where is my order?")
 *     .build());
 * }</pre>
 */
public final class AgentTestParams {

	private final String message;

	private final String phoneE164;

	private final String channel;

	private final @Nullable String agentId;

	private AgentTestParams(Builder builder) {
		this.message = Checks.requireText(builder.message, "message");
		this.phoneE164 = Checks.requireText(builder.phoneE164, "phoneE164");
		this.channel = Checks.requireText(builder.channel, "channel");
		this.agentId = Checks.optionalText(builder.agentId, "agentId");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the message */
	public String message() {
		return this.message;
	}

	/** @return the sender's phone number, E.164 (default {@code +15550000000}) */
	public String phoneE164() {
		return this.phoneE164;
	}

	/** @return the channel (default {@code whatsapp}) */
	public String channel() {
		return this.channel;
	}

	/** @return the agent to call, or {@code null} for the project's default */
	public @Nullable String agentId() {
		return this.agentId;
	}

	@Override
	public String toString() {
		return "AgentTestParams{message=" + this.message + ", phoneE164=" + this.phoneE164 + ", channel=" + this.channel + ", agentId=" + this.agentId + "}";
	}

	/**
	 * Builder of {@link AgentTestParams}.
	 */
	public static final class Builder {

		private @Nullable String message;

		private String phoneE164 = Values.DEFAULT_TEST_PHONE;

		private String channel = Values.DEFAULT_TEST_CHANNEL;

		private @Nullable String agentId;

		private Builder() {
		}

		/**
		 * The message (required).
		 * @param message the value
		 * @return this builder
		 */
		public Builder message(String message) {
			this.message = message;
			return this;
		}

		/**
		 * The sender's phone number, E.164 (default {@code +15550000000}).
		 * @param phoneE164 the value
		 * @return this builder
		 */
		public Builder phoneE164(String phoneE164) {
			this.phoneE164 = phoneE164;
			return this;
		}

		/**
		 * The channel (default {@code whatsapp}).
		 * @param channel the value
		 * @return this builder
		 */
		public Builder channel(String channel) {
			this.channel = channel;
			return this;
		}

		/**
		 * The agent to call, or {@code null} for the project's default.
		 * @param agentId the value
		 * @return this builder
		 */
		public Builder agentId(@Nullable String agentId) {
			this.agentId = agentId;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public AgentTestParams build() {
			return new AgentTestParams(this);
		}

	}

}
