package com.generalaugment.spring.autoconfigure.support;

import java.time.Instant;
import java.util.List;
import java.util.Properties;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.health.GenaugHealthAutoConfiguration;
import com.generalaugment.spring.autoconfigure.mock.GenaugMockAutoConfiguration;
import com.generalaugment.spring.autoconfigure.proxy.GenaugProxyProperties;
import com.generalaugment.spring.support.GenaugRecentCalls;
import com.generalaugment.spring.support.GenaugRecentCalls.RecentCall;
import com.generalaugment.spring.support.GenaugSupportEndpoint;
import com.generalaugment.spring.support.GenaugSupportEndpoint.SupportDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class GenaugSupportAutoConfigurationTests {

	private static final String EXPOSED = "management.endpoints.web.exposure.include=genaug";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GenaugMockAutoConfiguration.class, GenaugAutoConfiguration.class,
				GenaugHealthAutoConfiguration.class, GenaugSupportAutoConfiguration.class));

	@Test
	void whenTheEndpointIsExposedThenItAndTheRecentCallsListenerExist() {
		this.runner.withPropertyValues(EXPOSED, "genaug.api-key=sk-test-SECRET")
			.run((context) -> assertThat(context).hasSingleBean(GenaugSupportEndpoint.class)
				.hasSingleBean(GenaugRecentCalls.class));
	}

	@Test
	void whenTheEndpointIsNotExposedThenNothingIsInstalled() {
		this.runner.withPropertyValues("genaug.api-key=sk-test-SECRET")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(GenaugSupportEndpoint.class)
				.doesNotHaveBean(GenaugRecentCalls.class));
	}

	@Test
	void whenActuatorIsAbsentThenNoEndpoint() {
		this.runner.withPropertyValues(EXPOSED, "genaug.api-key=sk-test-SECRET")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(GeneralAugmentClient.class)
				.doesNotHaveBean(GenaugSupportEndpoint.class)
				.doesNotHaveBean(GenaugRecentCalls.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "management.endpoint.genaug.access=NONE", "management.endpoint.genaug.enabled=false" })
	void whenTheEndpointIsSwitchedOffThenNothingIsInstalled(String property) {
		this.runner.withPropertyValues(EXPOSED, "genaug.api-key=sk-test-SECRET", property)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(GenaugSupportEndpoint.class)
				.doesNotHaveBean(GenaugRecentCalls.class));
	}

	@Test
	void whenClientsExistThenBothReportTheirCalls() {
		this.runner.withPropertyValues(EXPOSED, "genaug.mock.enabled=true").run((context) -> {
			context.getBean(GeneralAugmentClient.class)
				.responses().create(ResponseCreateParams.builder().input("Reply exactly with: pong").build());
			context.getBean(AdminClient.class).projects().list();
			assertThat(context.getBean(GenaugRecentCalls.class).calls()).extracting(RecentCall::operation)
				.containsExactly("listProjects", "createResponse");
		});
	}

	@Test
	void recentCallsCanBeLimited() {
		this.runner.withPropertyValues(EXPOSED, "genaug.mock.enabled=true", "genaug.support.recent-calls=1")
			.run((context) -> {
				AdminClient admin = context.getBean(AdminClient.class);
				admin.projects().list();
				admin.project().get();
				assertThat(context.getBean(GenaugRecentCalls.class).calls()).extracting(RecentCall::operation)
					.containsExactly("getProject");
			});
	}

	@Test
	void whenRecentCallsIsNegativeThenStartupFailsWithTheProperty() {
		this.runner.withPropertyValues(EXPOSED, "genaug.support.recent-calls=-1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("recentCalls")
				.hasMessageContaining("must be 0 or more (0 keeps none)"));
	}

	@Test
	void reportsTheClientsWithoutTheirKeys() {
		this.runner
			.withPropertyValues(EXPOSED, "genaug.api-key=sk-test-SECRET", "genaug.base-url=https://eu.example.com",
					"genaug.timeout=5s", "genaug.max-retries=1")
			.run((context) -> {
				GenaugSupportEndpoint.Clients clients = context.getBean(GenaugSupportEndpoint.class).support().clients();
				assertThat(clients.project())
					.isEqualTo(new GenaugSupportEndpoint.Client(true, true, "https://eu.example.com", 5000L, 1));
				assertThat(clients.admin()).isEqualTo(new GenaugSupportEndpoint.Client(false, false, null, null, null));
				assertThat(clients.mock()).isFalse();
				assertThat(clients.proxy().enabled()).isFalse();
				assertThat(clients.toString()).doesNotContain("SECRET");
			});
	}

	@Test
	void whenNoClientIsConfiguredThenTheApiIsNotProbed() {
		this.runner.withPropertyValues(EXPOSED).run((context) -> {
			SupportDescriptor support = context.getBean(GenaugSupportEndpoint.class).support();
			assertThat(support.sdk().version()).isEqualTo(GeneralAugment.VERSION);
			assertThat(support.api().status()).isEqualTo("UNKNOWN");
			assertThat(support.api().error()).isEqualTo("not probed: no client is configured");
			assertThat(support.clients().project().configured()).isFalse();
			assertThat(support.recent()).isEmpty();
		});
	}

	@Test
	void reportsTheApplicationBuildAndCommit() {
		Properties build = new Properties();
		build.setProperty("group", "com.example");
		build.setProperty("artifact", "shop");
		build.setProperty("version", "1.2.3");
		build.setProperty("time", "2026-05-14T09:00:00Z");
		Properties git = new Properties();
		git.setProperty("commit.id", "0123456789abcdef0123456789abcdef01234567");
		git.setProperty("branch", "main");
		this.runner.withPropertyValues(EXPOSED, "spring.application.name=shop")
			.withBean(BuildProperties.class, () -> new BuildProperties(build))
			.withBean(GitProperties.class, () -> new GitProperties(git))
			.run((context) -> {
				GenaugSupportEndpoint.App app = context.getBean(GenaugSupportEndpoint.class).support().app();
				assertThat(app.name()).isEqualTo("shop");
				assertThat(app.build()).isEqualTo(new GenaugSupportEndpoint.Build("com.example", "shop", "1.2.3",
						Instant.parse("2026-05-14T09:00:00Z")));
				assertThat(app.commit()).isEqualTo(
						new GenaugSupportEndpoint.Commit("0123456789abcdef0123456789abcdef01234567", "main", null));
			});
	}

	@Test
	void whenTheProxyIsEnabledThenItsLimitsAreReported() {
		this.runner.withUserConfiguration(ProxyPropertiesConfiguration.class)
			.withPropertyValues(EXPOSED, "genaug.api-key=sk-test-SECRET", "genaug.proxy.enabled=true",
					"genaug.proxy.allowed-models=simple", "genaug.proxy.max-body-size=32KB",
					"genaug.proxy.rate-limit.requests-per-minute=10")
			.run((context) -> assertThat(context.getBean(GenaugSupportEndpoint.class).support().clients().proxy())
				.isEqualTo(new GenaugSupportEndpoint.Proxy(true, "/ai/responses", "balanced", List.of("simple"),
						32768L, 8000, 3, 600_000L, 10)));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GenaugProxyProperties.class)
	static class ProxyPropertiesConfiguration {

	}

}
