package com.generalaugment.client.admin;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Run a scheduled job now. A {@code dispatchKey} makes the dispatch safe to repeat (the platform runs
 * it once per key, so the SDK retries it); {@code execute(true)} runs the agent turn, the default
 * only records a run. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * ScheduledJobRun run = admin.project("project_123").scheduledJobs().dispatch(job.id(),
 *     ScheduledJobDispatchParams.builder().dispatchKey("operator-smoke-1").execute(false).build());
 * }</pre>
 */
public final class ScheduledJobDispatchParams {

	private final @Nullable String dispatchKey;

	private final boolean execute;

	private ScheduledJobDispatchParams(Builder builder) {
		this.dispatchKey = Checks.optionalText(builder.dispatchKey, "dispatchKey");
		this.execute = builder.execute;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the dispatch key, or {@code null} for none */
	public @Nullable String dispatchKey() {
		return this.dispatchKey;
	}

	/** @return whether the agent turn runs */
	public boolean execute() {
		return this.execute;
	}

	@Override
	public String toString() {
		return "ScheduledJobDispatchParams{dispatchKey=" + this.dispatchKey + ", execute=" + this.execute + "}";
	}

	/**
	 * Builder of {@link ScheduledJobDispatchParams}.
	 */
	public static final class Builder {

		private @Nullable String dispatchKey;

		private boolean execute = false;

		private Builder() {
		}

		/**
		 * The dispatch key, or {@code null} for none.
		 * @param dispatchKey the value
		 * @return this builder
		 */
		public Builder dispatchKey(@Nullable String dispatchKey) {
			this.dispatchKey = dispatchKey;
			return this;
		}

		/**
		 * Whether the agent turn runs.
		 * @param execute the value
		 * @return this builder
		 */
		public Builder execute(boolean execute) {
			this.execute = execute;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public ScheduledJobDispatchParams build() {
			return new ScheduledJobDispatchParams(this);
		}

	}

}
