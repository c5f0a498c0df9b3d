package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A project configuration to create a project from or deploy to one: the project YAML, and optionally
 * its soul (persona) document and skills. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * Project project = admin.project("project_123").config().deploy(ConfigDeployParams.builder()
 *     .yamlContent(Files.readString(Path.of("genaug.yaml")))
 *     .build());
 * }</pre>
 */
public final class ConfigDeployParams {

	private final String yamlContent;

	private final @Nullable String soulContent;

	private final List<String> skills;

	private ConfigDeployParams(Builder builder) {
		this.yamlContent = Checks.requireText(builder.yamlContent, "yamlContent");
		this.soulContent = builder.soulContent;
		this.skills = List.copyOf(builder.skills);
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the project YAML */
	public String yamlContent() {
		return this.yamlContent;
	}

	/** @return the soul document, or {@code null} for none */
	public @Nullable String soulContent() {
		return this.soulContent;
	}

	/** @return the skills (empty by default) */
	public List<String> skills() {
		return this.skills;
	}

	@Override
	public String toString() {
		return "ConfigDeployParams{yamlContent=" + this.yamlContent + ", soulContent=" + this.soulContent + ", skills=" + this.skills + "}";
	}

	/**
	 * Builder of {@link ConfigDeployParams}.
	 */
	public static final class Builder {

		private @Nullable String yamlContent;

		private @Nullable String soulContent;

		private List<String> skills = List.of();

		private Builder() {
		}

		/**
		 * The project YAML (required).
		 * @param yamlContent the value
		 * @return this builder
		 */
		public Builder yamlContent(String yamlContent) {
			this.yamlContent = yamlContent;
			return this;
		}

		/**
		 * The soul document, or {@code null} for none.
		 * @param soulContent the value
		 * @return this builder
		 */
		public Builder soulContent(@Nullable String soulContent) {
			this.soulContent = soulContent;
			return this;
		}

		/**
		 * The skills (empty by default).
		 * @param skills the value
		 * @return this builder
		 */
		public Builder skills(List<String> skills) {
			this.skills = skills;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public ConfigDeployParams build() {
			return new ConfigDeployParams(this);
		}

	}

}
