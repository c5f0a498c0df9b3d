package com.generalaugment.spring.autoconfigure.env;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Makes the platform's documented environment variables set the {@code genaug.*} properties. Relaxed
 * binding alone reads {@code GENAUG_API_BASE_URL} as {@code genaug.api.base.url}, not
 * {@code genaug.base-url}, so the variables are copied into a property source placed right after the
 * operating-system environment: they beat {@code application.properties}/{@code .yml}, while command-line
 * arguments and system properties still beat them, as for any environment variable. Blank variables are
 * ignored.
 */
public class GenaugEnvironmentPostProcessor implements EnvironmentPostProcessor {

	/** Name of the property source holding the mapped variables. */
	public static final String PROPERTY_SOURCE_NAME = "genaugEnvironmentVariables";

	// The platform's environment variables (contract §1) and the properties they set.
	private static final Map<String, String> VARIABLES = variables();

	private static Map<String, String> variables() {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("GENAUG_API_KEY", "genaug.api-key");
		variables.put("GENAUG_API_BASE_URL", "genaug.base-url");
		variables.put("GENAUG_PROJECT_ID", "genaug.project-id");
		variables.put("GENAUG_ADMIN_API_KEY", "genaug.admin.api-key");
		variables.put("GENAUG_ADMIN_BASE_URL", "genaug.admin.base-url");
		return Collections.unmodifiableMap(variables);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// Read through the property source rather than System.getenv(), so the environment a test or an
		// embedding application supplies is the one that counts.
		String systemEnvironmentName = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		PropertySource<?> systemEnvironment = environment.getPropertySources().get(systemEnvironmentName);
		if (systemEnvironment == null) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		VARIABLES.forEach((variable, property) -> {
			Object value = systemEnvironment.getProperty(variable);
			if (value != null && StringUtils.hasText(value.toString())) {
				properties.put(property, OriginTrackedValue.of(value.toString(), new SystemEnvironmentOrigin(variable)));
			}
		});
		if (!properties.isEmpty()) {
			environment.getPropertySources()
				.addAfter(systemEnvironmentName, new OriginTrackedMapPropertySource(PROPERTY_SOURCE_NAME, properties));
		}
	}

}
