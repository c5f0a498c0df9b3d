package com.generalaugment.client.admin;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of listing a scheduled job's runs. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * List<ScheduledJobRun> runs = admin.project("project_123").scheduledJobs()
 *     .runs(job.id(), ScheduledJobRunListParams.builder().limit(20).build());
 * }</pre>
 */
public final class ScheduledJobRunListParams {

	private final @Nullable Integer limit;

	private ScheduledJobRunListParams(Builder builder) {
		this.limit = Checks.within(builder.limit, 1, 100, "limit");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the most runs to return (1 to 100) */
	public @Nullable Integer limit() {
		return this.limit;
	}

	@Override
	public String toString() {
		return "ScheduledJobRunListParams{limit=" + this.limit + "}";
	}

	/**
	 * Builder of {@link ScheduledJobRunListParams}.
	 */
	public static final class Builder {

		private @Nullable Integer limit;

		private Builder() {
		}

		/**
		 * The most runs to return (1 to 100).
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public ScheduledJobRunListParams build() {
			return new ScheduledJobRunListParams(this);
		}

	}

}
