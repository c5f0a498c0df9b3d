package com.generalaugment.client.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How {@code registerOpenAPITools} turns an OpenAPI spec into agent tools. Immutable; start from
 * {@link #defaults()} or {@link #builder()}.
 *
 * <pre>{@code
 * OpenApiToolOptions options = OpenApiToolOptions.builder()
 *     .includePaths(List.of("/orders"))
 *     .targetCount(10)
 *     .autoDeploy(false)
 *     .build();
 * }</pre>
 */
public final class OpenApiToolOptions {

	/** The number of tools to curate when none is set. */
	public static final int DEFAULT_TARGET_COUNT = 15;

	private static final OpenApiToolOptions DEFAULTS = builder().build();

	private final List<String> includePaths;

	private final List<String> excludePaths;

	private final int targetCount;

	private final boolean autoDeploy;

	private final @Nullable String namePrefix;

	private OpenApiToolOptions(Builder builder) {
		this.includePaths = builder.includePaths;
		this.excludePaths = builder.excludePaths;
		this.targetCount = builder.targetCount;
		this.autoDeploy = builder.autoDeploy;
		this.namePrefix = builder.namePrefix;
	}

	/** @return the defaults: every path, 15 tools, deployed at once, no name prefix */
	public static OpenApiToolOptions defaults() {
		return DEFAULTS;
	}

	/** @return a new builder holding the defaults */
	public static Builder builder() {
		return new Builder();
	}

	/** @return only these paths are considered; empty for all (default) */
	public List<String> includePaths() {
		return this.includePaths;
	}

	/** @return these paths are never turned into tools; empty by default */
	public List<String> excludePaths() {
		return this.excludePaths;
	}

	/** @return how many tools to curate (default 15) */
	public int targetCount() {
		return this.targetCount;
	}

	/** @return whether the tools are enabled on the project at once (default {@code true}) */
	public boolean autoDeploy() {
		return this.autoDeploy;
	}

	/** @return a prefix for the generated tool names, or {@code null} for none (default) */
	public @Nullable String namePrefix() {
		return this.namePrefix;
	}

	@Override
	public String toString() {
		return "OpenApiToolOptions{includePaths=" + this.includePaths + ", excludePaths=" + this.excludePaths
				+ ", targetCount=" + this.targetCount + ", autoDeploy=" + this.autoDeploy + ", namePrefix="
				+ this.namePrefix + "}";
	}

	/**
	 * Builder of {@link OpenApiToolOptions}, starting from the defaults.
	 */
	public static final class Builder {

		private List<String> includePaths = List.of();

		private List<String> excludePaths = List.of();

		private int targetCount = DEFAULT_TARGET_COUNT;

		private boolean autoDeploy = true;

		private @Nullable String namePrefix;

		private Builder() {
		}

		/**
		 * Only consider these paths (e.g. {@code /orders}). Default: all paths.
		 * @param includePaths the paths
		 * @return this builder
		 */
		public Builder includePaths(List<String> includePaths) {
			this.includePaths = List.copyOf(includePaths);
			return this;
		}

		/**
		 * Never turn these paths into tools. Default: none.
		 * @param excludePaths the paths
		 * @return this builder
		 */
		public Builder excludePaths(List<String> excludePaths) {
			this.excludePaths = List.copyOf(excludePaths);
			return this;
		}

		/**
		 * How many tools to curate from the spec, at least 1. Default 15.
		 * @param targetCount the count
		 * @return this builder
		 * @throws IllegalArgumentException when below 1
		 */
		public Builder targetCount(int targetCount) {
			if (targetCount < 1) {
				throw new IllegalArgumentException("targetCount must be at least 1, was " + targetCount);
			}
			this.targetCount = targetCount;
			return this;
		}

		/**
		 * Whether to enable the tools on the project at once. Default {@code true}.
		 * @param autoDeploy the flag
		 * @return this builder
		 */
		public Builder autoDeploy(boolean autoDeploy) {
			this.autoDeploy = autoDeploy;
			return this;
		}

		/**
		 * A prefix for the generated tool names. Default: none (not sent).
		 * @param namePrefix the prefix
		 * @return this builder
		 */
		public Builder namePrefix(@Nullable String namePrefix) {
			this.namePrefix = namePrefix;
			return this;
		}

		/** @return the options */
		public OpenApiToolOptions build() {
			return new OpenApiToolOptions(this);
		}

	}

}
