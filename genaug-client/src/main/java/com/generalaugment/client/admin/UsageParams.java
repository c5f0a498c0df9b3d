package com.generalaugment.client.admin;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a project's usage report: an inclusive date range, either end open. Immutable;
 * build one with {@link #builder()}.
 *
 * <pre>{@code
 * ProjectUsage usage = admin.project("project_123").usage(UsageParams.builder()
 *     .startDate(LocalDate.of(2026, 11, 1))
 *     .endDate(LocalDate.of(2026, 11, 30))
 *     .build());
 * }</pre>
 */
public final class UsageParams {

	private final @Nullable LocalDate startDate;

	private final @Nullable LocalDate endDate;

	private UsageParams(Builder builder) {
		this.startDate = builder.startDate;
		this.endDate = builder.endDate;
		if (this.startDate != null && this.endDate != null && this.startDate.isAfter(this.endDate)) {
			throw new IllegalArgumentException("startDate " + this.startDate + " must not be after endDate " + this.endDate);
		}
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the first day counted ({@code start_date}), or {@code null} for the platform's default */
	public @Nullable LocalDate startDate() {
		return this.startDate;
	}

	/** @return the last day counted ({@code end_date}), or {@code null} for the platform's default */
	public @Nullable LocalDate endDate() {
		return this.endDate;
	}

	@Override
	public String toString() {
		return "UsageParams{startDate=" + this.startDate + ", endDate=" + this.endDate + "}";
	}

	/**
	 * Builder of {@link UsageParams}.
	 */
	public static final class Builder {

		private @Nullable LocalDate startDate;

		private @Nullable LocalDate endDate;

		private Builder() {
		}

		/**
		 * The first day counted ({@code start_date}), or {@code null} for the platform's default.
		 * @param startDate the value
		 * @return this builder
		 */
		public Builder startDate(@Nullable LocalDate startDate) {
			this.startDate = startDate;
			return this;
		}

		/**
		 * The last day counted ({@code end_date}), or {@code null} for the platform's default.
		 * @param endDate the value
		 * @return this builder
		 */
		public Builder endDate(@Nullable LocalDate endDate) {
			this.endDate = endDate;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public UsageParams build() {
			return new UsageParams(this);
		}

	}

}
