package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Turn an OpenAPI spec into agent tools ({@code tools().registerOpenApi}): where the spec is and how the
 * tools are curated. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * OpenApiToolRegistration registration = admin.project("project_123").tools().registerOpenApi(
 *     OpenApiToolParams.builder()
 *     .specUrl("https://api.example.com/openapi.json")
 *     .includePaths(List.of("/orders"))
 *     .targetCount(10)
 *     .autoDeploy(false)
 *     .build();
 * }</pre>
 */
public final class OpenApiToolParams {

	/** The number of tools to curate when none is set. */
	public static final int DEFAULT_TARGET_COUNT = 15;

	private final String specUrl;

	private final List<String> includePaths;

	private final List<String> excludePaths;

	private final int targetCount;

	private final boolean autoDeploy;

	private final @Nullable String namePrefix;

	private OpenApiToolParams(Builder builder) {
		this.specUrl = Checks.requireText(builder.specUrl, "specUrl");
		this.includePaths = builder.includePaths;
		this.excludePaths = builder.excludePaths;
		this.targetCount = builder.targetCount;
		this.autoDeploy = builder.autoDeploy;
		this.namePrefix = builder.namePrefix;
	}

	/** @return a new builder holding the defaults: every path, 15 tools, deployed at once, no name prefix */
	public static Builder builder() {
		return new Builder();
	}

	/** @return where the spec is */
	public String specUrl() {
		return this.specUrl;
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
		return "OpenApiToolParams{specUrl=" + this.specUrl + ", includePaths=" + this.includePaths + ", excludePaths=" + this.excludePaths
				+ ", targetCount=" + this.targetCount + ", autoDeploy=" + this.autoDeploy + ", namePrefix="
				+ this.namePrefix + "}";
	}

	/**
	 * Builder of {@link OpenApiToolParams}, starting from the defaults.
	 */
	public static final class Builder {

		private @Nullable String specUrl;

		private List<String> includePaths = List.of();

		private List<String> excludePaths = List.of();

		private int targetCount = DEFAULT_TARGET_COUNT;

		private boolean autoDeploy = true;

		private @Nullable String namePrefix;

		private Builder() {
		}

		/**
		 * Where the spec is (required): an URL the platform can fetch.
		 * @param specUrl the URL
		 * @return this builder
		 */
		public Builder specUrl(String specUrl) {
			this.specUrl = specUrl;
			return this;
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

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when the spec URL is blank
		 */
		public OpenApiToolParams build() {
			return new OpenApiToolParams(this);
		}

	}

}
