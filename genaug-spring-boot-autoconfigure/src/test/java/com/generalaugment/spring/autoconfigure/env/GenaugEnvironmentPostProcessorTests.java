package com.generalaugment.spring.autoconfigure.env;

import java.util.HashMap;
import java.util.Map;

import com.generalaugment.spring.autoconfigure.GenaugProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's environment variables, through a real {@link SpringApplication} (so the registration in
 * {@code spring.factories} is exercised) with a test-supplied operating-system environment.
 */
class GenaugEnvironmentPostProcessorTests {

	private static final String FILE = "--spring.config.name=genaug-env-precedence";

	@Test
	void platformVariablesSetTheProperties() {
		Map<String, Object> env = Map.of("GENAUG_API_KEY", "key-from-env", "GENAUG_API_BASE_URL",
				"http://from-env.example", "GENAUG_ADMIN_API_KEY", "admin-from-env", "GENAUG_ADMIN_BASE_URL",
				"http://admin-from-env.example", "GENAUG_PROJECT_ID", "proj-from-env");
		try (ConfigurableApplicationContext context = run(env, Map.of())) {
			GenaugProperties properties = context.getBean(GenaugProperties.class);
			assertThat(properties.getApiKey()).isEqualTo("key-from-env");
			assertThat(properties.getBaseUrl()).isEqualTo("http://from-env.example");
			assertThat(properties.getProjectId()).isEqualTo("proj-from-env");
			assertThat(properties.getAdmin().getApiKey()).isEqualTo("admin-from-env");
			assertThat(properties.getAdmin().getBaseUrl()).isEqualTo("http://admin-from-env.example");
		}
	}

	@Test
	void variablesBeatApplicationProperties() {
		try (ConfigurableApplicationContext context = run(Map.of("GENAUG_API_BASE_URL", "http://from-env.example"),
				Map.of(), FILE)) {
			GenaugProperties properties = context.getBean(GenaugProperties.class);
			assertThat(properties.getBaseUrl()).isEqualTo("http://from-env.example");
			assertThat(properties.getApiKey()).isEqualTo("key-from-file");
		}
	}

	@Test
	void commandLineArgumentsBeatVariables() {
		try (ConfigurableApplicationContext context = run(Map.of("GENAUG_API_BASE_URL", "http://from-env.example"),
				Map.of(), FILE, "--genaug.base-url=http://from-cli.example")) {
			assertThat(context.getBean(GenaugProperties.class).getBaseUrl()).isEqualTo("http://from-cli.example");
		}
	}

	@Test
	void systemPropertiesBeatVariables() {
		try (ConfigurableApplicationContext context = run(Map.of("GENAUG_PROJECT_ID", "proj-from-env"),
				Map.of("genaug.project-id", "proj-from-system-property"), FILE)) {
			assertThat(context.getBean(GenaugProperties.class).getProjectId()).isEqualTo("proj-from-system-property");
		}
	}

	@Test
	void relaxedVariableNamesStillWork() {
		try (ConfigurableApplicationContext context = run(Map.of("GENAUG_APIKEY", "key-relaxed"), Map.of(), FILE)) {
			assertThat(context.getBean(GenaugProperties.class).getApiKey()).isEqualTo("key-relaxed");
		}
	}

	@Test
	void blankVariablesAreIgnored() {
		try (ConfigurableApplicationContext context = run(Map.of("GENAUG_API_BASE_URL", " "), Map.of(), FILE)) {
			assertThat(context.getBean(GenaugProperties.class).getBaseUrl()).isEqualTo("http://from-file.example");
		}
	}

	@Test
	void sourceSitsRightAfterTheSystemEnvironmentAndKnowsTheOrigin() {
		try (ConfigurableApplicationContext context = run(Map.of("GENAUG_API_BASE_URL", "http://from-env.example"),
				Map.of())) {
			var sources = context.getEnvironment().getPropertySources();
			int system = indexOf(context, StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
			assertThat(indexOf(context, GenaugEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isEqualTo(system + 1);
			PropertySource<?> source = sources.get(GenaugEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
			@SuppressWarnings("unchecked")
			Origin origin = ((OriginLookup<String>) source).getOrigin("genaug.base-url");
			assertThat(origin).hasToString("System Environment Property \"GENAUG_API_BASE_URL\"");
		}
	}

	@Test
	void withoutVariablesNoSourceIsAdded() {
		try (ConfigurableApplicationContext context = run(Map.of("PATH", "/usr/bin"), Map.of())) {
			assertThat(context.getEnvironment().getPropertySources()
				.contains(GenaugEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
		}
	}

	private static int indexOf(ConfigurableApplicationContext context, String name) {
		int index = 0;
		for (PropertySource<?> source : context.getEnvironment().getPropertySources()) {
			if (source.getName().equals(name)) {
				return index;
			}
			index++;
		}
		return -1;
	}

	private static ConfigurableApplicationContext run(Map<String, Object> systemEnvironment,
			Map<String, Object> systemProperties, String... args) {
		StandardEnvironment environment = new StandardEnvironment() {

			@Override
			public Map<String, Object> getSystemEnvironment() {
				return new HashMap<>(systemEnvironment);
			}

			@Override
			public Map<String, Object> getSystemProperties() {
				return new HashMap<>(systemProperties);
			}

		};
		return new SpringApplicationBuilder(PropertiesConfiguration.class).environment(environment)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GenaugProperties.class)
	static class PropertiesConfiguration {

	}

}
