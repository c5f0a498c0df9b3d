package com.generalaugment.client.admin;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of listing a project's scheduled jobs: filters and a page. Immutable; build one with
 * {@link #builder()}; unset values are not sent.
 *
 * <pre>{@code
 * List<ScheduledJob> active = admin.project("project_123").scheduledJobs().list(ScheduledJobListParams.builder()
 *     .status("active")
 *     .build());
 * }</pre>
 */
public final class ScheduledJobListParams {

	private final @Nullable String status;

	private final @Nullable String targetAppUserId;

	private final @Nullable Integer limit;

	private final @Nullable Integer offset;

	private ScheduledJobListParams(Builder builder) {
		this.status = Checks.optionalText(builder.status, "status");
		this.targetAppUserId = Checks.optionalText(builder.targetAppUserId, "targetAppUserId");
		this.limit = Checks.within(builder.limit, 1, 200, "limit");
		this.offset = Checks.atLeast(builder.offset, 0, "offset");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return only jobs in this status ({@code active}, {@code paused}, …) */
	public @Nullable String status() {
		return this.status;
	}

	/** @return only jobs for this app user */
	public @Nullable String targetAppUserId() {
		return this.targetAppUserId;
	}

	/** @return the most jobs to return (1 to 200) */
	public @Nullable Integer limit() {
		return this.limit;
	}

	/** @return how many to skip (at least 0) */
	public @Nullable Integer offset() {
		return this.offset;
	}

	@Override
	public String toString() {
		return "ScheduledJobListParams{status=" + this.status + ", targetAppUserId=" + this.targetAppUserId + ", limit=" + this.limit + ", offset=" + this.offset + "}";
	}

	/**
	 * Builder of {@link ScheduledJobListParams}.
	 */
	public static final class Builder {

		private @Nullable String status;

		private @Nullable String targetAppUserId;

		private @Nullable Integer limit;

		private @Nullable Integer offset;

		private Builder() {
		}

		/**
		 * Only jobs in this status ({@code active}, {@code paused}, …).
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * Only jobs for this app user.
		 * @param targetAppUserId the value
		 * @return this builder
		 */
		public Builder targetAppUserId(@Nullable String targetAppUserId) {
			this.targetAppUserId = targetAppUserId;
			return this;
		}

		/**
		 * The most jobs to return (1 to 200).
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * How many to skip (at least 0).
		 * @param offset the value
		 * @return this builder
		 */
		public Builder offset(@Nullable Integer offset) {
			this.offset = offset;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public ScheduledJobListParams build() {
			return new ScheduledJobListParams(this);
		}

	}

}
