package com.generalaugment.spring.autoconfigure.actuate;

import java.util.Map;

import com.generalaugment.client.GeneralAugment;
import com.generalaugment.spring.actuate.GenaugInfoContributor;
import com.generalaugment.spring.actuate.GenaugKeySanitizingFunction;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class GenaugActuatorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(GenaugAutoConfiguration.class, GenaugActuatorAutoConfiguration.class));

	@ParameterizedTest
	@ValueSource(strings = { "genaug.api-key", "genaug.admin.api-key", "GENAUG_API_KEY", "GENAUG_ADMIN_API_KEY",
			"genaug.apiKey", "GENAUG_APIKEY", "genaug.admin.apiKey" })
	void keysAreMasked(String key) {
		SanitizableData data = new GenaugKeySanitizingFunction().apply(new SanitizableData(null, key, "sk-secret"));
		assertThat(data.getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "genaug.base-url", "GENAUG_API_BASE_URL", "genaug.project-id", "api-key", "other.api-key" })
	void otherPropertiesAreLeftAlone(String key) {
		SanitizableData data = new GenaugKeySanitizingFunction().apply(new SanitizableData(null, key, "value"));
		assertThat(data.getValue()).isEqualTo("value");
	}

	@Test
	void infoShowsTheSdkVersionAndTheConfiguredClients() {
		this.runner.withPropertyValues("genaug.api-key=sk-info-SECRET", "genaug.base-url=https://eu.example.com")
			.run((context) -> {
				Info.Builder builder = new Info.Builder();
				context.getBean(GenaugInfoContributor.class).contribute(builder);
				@SuppressWarnings("unchecked")
				Map<String, Object> genaug = (Map<String, Object>) builder.build().getDetails().get("genaug");
				assertThat(genaug).containsEntry("sdk", Map.of("version", GeneralAugment.VERSION));
				assertThat(genaug.get("clients")).isEqualTo(Map.of("project",
						Map.of("configured", true, "baseUrl", "https://eu.example.com"), "admin", Map.of("configured", false)));
				assertThat(genaug.toString()).doesNotContain("SECRET");
			});
	}

	@Test
	void infoContributorCanBeSwitchedOff() {
		this.runner.withPropertyValues("management.info.genaug.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(GenaugInfoContributor.class)
				.hasSingleBean(GenaugKeySanitizingFunction.class));
	}

	@Test
	void whenActuatorIsAbsentThenNoActuatorBeans() {
		this.runner.withPropertyValues("genaug.api-key=k")
			.withClassLoader(new FilteredClassLoader(InfoContributor.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(GenaugInfoContributor.class)
				.doesNotHaveBean(GenaugKeySanitizingFunction.class));
	}

}
