package com.generalaugment.spring.autoconfigure;

import com.generalaugment.spring.autoconfigure.proxy.GenaugProxyProperties;
import com.generalaugment.spring.autoconfigure.support.GenaugSupportProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every {@code genaug.*} value is checked while Boot binds it; a value with no meaning fails start-up
 * with Boot's report of the property, the value, where it came from and the allowed range.
 */
@ExtendWith(OutputCaptureExtension.class)
class GenaugPropertiesValidationTests {

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			genaug.proxy.max-concurrent-streams-per-user | -1          | -1             | must be 0 or more (0 means no cap)
			genaug.proxy.max-input-chars                 | -1          | -1             | must be 1 or more
			genaug.proxy.conversations.max-users         | 0           | 0              | must be 1 or more
			genaug.proxy.rate-limit.max-users            | 0           | 0              | must be 1 or more
			genaug.proxy.max-in-flight                   | -5          | -5             | must be 0 or more (0 means no cap)
			genaug.proxy.max-body-size                   | 0B          | 0B             | must be a size from 1B to 2GB
			genaug.proxy.stream-timeout                  | 0s          | PT0S           | must be a positive duration
			genaug.proxy.heartbeat-interval              | -1s         | PT-1S          | must be a duration of 0 or more (0 switches heartbeats off)
			genaug.proxy.model                           | huge        | huge           | must be one of simple, balanced, complex
			genaug.proxy.allowed-models                  | simple,huge | [simple, huge] | must list only simple, balanced, complex (not 'huge')
			genaug.proxy.path                            | ai          | ai             | must be a path starting with /
			genaug.timeout                               | -5s         | PT-5S          | must be a duration of 0 or more (0 disables the timeout)
			genaug.max-retries                           | -1          | -1             | must be 0 or more (0 means no retries)
			genaug.max-response-size                     | 0B          | 0B             | must be a size from 1B to 2GB
			genaug.health.timeout                        | 0s          | PT0S           | must be a positive duration
			genaug.support.recent-calls                  | -1          | -1             | must be 0 or more (0 keeps none)
			""")
	void aValueWithNoMeaningFailsStartUpNamingThePropertyItsOriginAndTheRange(String property, String value,
			String shownValue, String reason, CapturedOutput output) {
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> start("--" + property + "=" + value));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: " + camelCaseLastPart(property))
			.contains("Value: \"" + shownValue + "\"")
			.contains("Origin: \"" + property + "\" from property source \"commandLineArgs\"")
			.contains("Reason: " + reason);
	}

	@Test
	void allInvalidValuesAreReportedTogether(CapturedOutput output) {
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> start("--genaug.proxy.max-input-chars=0", "--genaug.proxy.max-metadata-key-chars=0"));
		assertThat(output).contains("Property: genaug.proxy.maxInputChars")
			.contains("Property: genaug.proxy.maxMetadataKeyChars");
	}

	@Test
	void theDefaultsAndTheDocumentedSpecialValuesAreValid() {
		try (ConfigurableApplicationContext context = start("--genaug.proxy.max-concurrent-streams-per-user=0",
				"--genaug.proxy.rate-limit.requests-per-minute=0", "--genaug.proxy.heartbeat-interval=0s",
				"--genaug.timeout=0s", "--genaug.max-retries=0", "--genaug.support.recent-calls=0",
				"--genaug.proxy.allowed-models=simple,complex", "--genaug.proxy.max-metadata-entries=0")) {
			assertThat(context.getBean(GenaugProxyProperties.class).getAllowedModels()).containsExactly("simple",
					"complex");
		}
	}

	// Boot's report names the field as bound (genaug.proxy.maxInputChars); its origin line has the key as written.
	private static String camelCaseLastPart(String property) {
		int dot = property.lastIndexOf('.');
		String[] words = property.substring(dot + 1).split("-");
		StringBuilder camel = new StringBuilder(property.substring(0, dot + 1)).append(words[0]);
		for (int i = 1; i < words.length; i++) {
			camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return camel.toString();
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(PropertiesOnly.class).web(WebApplicationType.NONE).run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ GenaugProperties.class, GenaugProxyProperties.class,
			GenaugSupportProperties.class })
	static class PropertiesOnly {

	}

}
