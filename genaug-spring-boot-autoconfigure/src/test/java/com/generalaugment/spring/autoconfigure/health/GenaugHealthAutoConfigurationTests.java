package com.generalaugment.spring.autoconfigure.health;

import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class GenaugHealthAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(GenaugAutoConfiguration.class, GenaugHealthAutoConfiguration.class));

	@Test
	void whenAClientIsConfiguredThenTheGenaugIndicatorProbesItsBaseUrl() {
		this.runner.withPropertyValues("genaug.api-key=k", "genaug.base-url=http://127.0.0.1:9/").run((context) -> {
			assertThat(context).hasSingleBean(GenaugApiProbe.class).hasBean("genaugHealthIndicator");
			assertThat(context.getBean(GenaugApiProbe.class).baseUrl()).isEqualTo("http://127.0.0.1:9");
			assertThat(context.getBean("genaugHealthIndicator")).isInstanceOf(HealthIndicator.class);
		});
	}

	@Test
	void whenOnlyTheAdminClientIsConfiguredThenItsBaseUrlIsProbed() {
		this.runner.withPropertyValues("genaug.admin.api-key=a", "genaug.admin.base-url=http://127.0.0.1:10")
			.run((context) -> assertThat(context.getBean(GenaugApiProbe.class).baseUrl()).isEqualTo("http://127.0.0.1:10"));
	}

	@Test
	void whenNoClientIsConfiguredThenNoIndicator() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(GenaugApiProbe.class)
			.doesNotHaveBean(GenaugHealthIndicator.class));
	}

	@Test
	void whenTheIndicatorIsDisabledThenOnlyTheProbeRemains() {
		this.runner.withPropertyValues("genaug.api-key=k", "management.health.genaug.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(GenaugApiProbe.class)
				.doesNotHaveBean(GenaugHealthIndicator.class));
	}

	@Test
	void whenHealthSupportIsAbsentThenNoHealthBeans() {
		this.runner.withPropertyValues("genaug.api-key=k")
			.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(GenaugApiProbe.class)
				.doesNotHaveBean("genaugHealthIndicator"));
	}

	@Test
	void whenTheUserDefinesAnIndicatorNamedGenaugThenItWins() {
		this.runner.withPropertyValues("genaug.api-key=k")
			.withBean("genaugHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
			.run((context) -> assertThat(context).doesNotHaveBean(GenaugHealthIndicator.class));
	}

	@Test
	void zeroProbeTimeoutFailsAtStartup() {
		this.runner.withPropertyValues("genaug.api-key=k", "genaug.health.timeout=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("genaug.health.timeout"));
	}

}
