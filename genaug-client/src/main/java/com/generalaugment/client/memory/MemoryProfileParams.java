package com.generalaugment.client.memory;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code GET /api/v1/agent/memory/profile/{user_id}}: what the platform remembers about
 * a user, optionally within one agent run. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * MemoryProfile profile = client.memory().profile(MemoryProfileParams.builder()
 *     .userId("app-user-123")
 *     .agentRunId("run_42")
 *     .build());
 * }</pre>
 */
public final class MemoryProfileParams {

	private final String userId;

	private final @Nullable String agentRunId;

	private MemoryProfileParams(Builder builder) {
		this.userId = Checks.requireText(builder.userId, "userId");
		this.agentRunId = Checks.optionalText(builder.agentRunId, "agentRunId");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the app-owned user id */
	public String userId() {
		return this.userId;
	}

	/** @return the agent run ({@code agent_run_id}), or {@code null} for all */
	public @Nullable String agentRunId() {
		return this.agentRunId;
	}

	@Override
	public String toString() {
		return "MemoryProfileParams{userId=" + this.userId + ", agentRunId=" + this.agentRunId + "}";
	}

	/**
	 * Builder of {@link MemoryProfileParams}.
	 */
	public static final class Builder {

		private @Nullable String userId;

		private @Nullable String agentRunId;

		private Builder() {
		}

		/**
		 * The app-owned user id (required).
		 * @param userId the id
		 * @return this builder
		 */
		public Builder userId(String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * Only what was remembered within this agent run.
		 * @param agentRunId the run, or {@code null} for all
		 * @return this builder
		 */
		public Builder agentRunId(@Nullable String agentRunId) {
			this.agentRunId = agentRunId;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when the user id is blank
		 */
		public MemoryProfileParams build() {
			return new MemoryProfileParams(this);
		}

	}

}
