package com.generalaugment.client.admin;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of listing projects ({@code GET /api/v1/admin/projects}): a page. Immutable; build
 * one with {@link #builder()}; unset values are not sent and the platform's defaults apply.
 *
 * <pre>{@code
 * List<Project> page = admin.projects().list(ProjectListParams.builder().limit(20).offset(40).build());
 * }</pre>
 */
public final class ProjectListParams {

	private final @Nullable Integer limit;

	private final @Nullable Integer offset;

	private ProjectListParams(Builder builder) {
		this.limit = Checks.atLeast(builder.limit, 1, "limit");
		this.offset = Checks.atLeast(builder.offset, 0, "offset");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the most projects to return (at least 1) */
	public @Nullable Integer limit() {
		return this.limit;
	}

	/** @return how many to skip (at least 0) */
	public @Nullable Integer offset() {
		return this.offset;
	}

	@Override
	public String toString() {
		return "ProjectListParams{limit=" + this.limit + ", offset=" + this.offset + "}";
	}

	/**
	 * Builder of {@link ProjectListParams}.
	 */
	public static final class Builder {

		private @Nullable Integer limit;

		private @Nullable Integer offset;

		private Builder() {
		}

		/**
		 * The most projects to return (at least 1).
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
		public ProjectListParams build() {
			return new ProjectListParams(this);
		}

	}

}
