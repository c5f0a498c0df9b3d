package com.generalaugment.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/**
 * Reports an invalid {@code genaug.*} property at start-up as one sentence and an action, with where the
 * value came from (a file and line, or an environment variable such as {@code GENAUG_API_BASE_URL}).
 */
class GenaugFailureAnalyzer extends AbstractFailureAnalyzer<InvalidGenaugPropertyException> {

	private final @Nullable Environment environment;

	GenaugFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidGenaugPropertyException cause) {
		StringBuilder description = new StringBuilder()
			.append("Invalid General Augment configuration: property '").append(cause.getProperty())
			.append("' is '").append(cause.getValue()).append("'.")
			.append(System.lineSeparator()).append(System.lineSeparator())
			.append("    Reason: ").append(cause.getReason());
		Origin origin = findOrigin(cause.getProperty());
		if (origin != null) {
			description.append(System.lineSeparator()).append("    Origin: ").append(origin);
		}
		return new FailureAnalysis(description.toString(), cause.getAction(), cause);
	}

	private @Nullable Origin findOrigin(String property) {
		if (this.environment == null) {
			return null;
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty candidate = source.getConfigurationProperty(name);
			if (candidate != null) {
				return candidate.getOrigin();
			}
		}
		return null;
	}

}
