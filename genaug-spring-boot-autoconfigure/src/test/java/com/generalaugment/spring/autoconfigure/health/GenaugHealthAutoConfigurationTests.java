package com.generalaugment.spring.autoconfigure.health;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;

import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.GeneralAugmentClientCustomizer;
import com.generalaugment.spring.health.GenaugApiProbe;
import com.generalaugment.spring.health.GenaugHealthIndicator;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
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
	void probeTakesTheRouteOfTheClientsOwnHttpClient() {
		// The platform is only reachable through an egress proxy, set on the client by a customizer: the
		// probe must go that way too, or the dashboard shows DOWN while every call succeeds.
		WireMockServer egressProxy = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
		egressProxy.start();
		try {
			egressProxy.stubFor(get("/health/ready").willReturn(okJson("{\"status\": \"ok\"}")));
			HttpClient viaProxy = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", egressProxy.port())))
				.build();
			this.runner.withPropertyValues("genaug.api-key=k", "genaug.base-url=http://genaug-platform.invalid")
				.withBean(GeneralAugmentClientCustomizer.class, () -> (builder) -> builder.httpClient(viaProxy))
				.run((context) -> {
					GenaugApiProbe.Result result = context.getBean(GenaugApiProbe.class).current();
					assertThat(result.up()).as(String.valueOf(result.error())).isTrue();
					egressProxy.verify(getRequestedFor(urlEqualTo("/health/ready"))
						.withHeader("Host", equalTo("genaug-platform.invalid")));
				});
		}
		finally {
			egressProxy.stop();
		}
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
				.hasMessageContaining("genaug.health.timeout")
				.hasMessageContaining("must be a positive duration"));
	}

}
