package com.generalaugment.spring.autoconfigure.proxy;

import java.time.Duration;
import java.util.Map;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.spring.health.GenaugProxyStoreHealthIndicator;
import com.generalaugment.spring.proxy.InMemoryProxyStateStore;
import com.generalaugment.spring.proxy.PrincipalProxyUserResolver;
import com.generalaugment.spring.proxy.ProxyLimits;
import com.generalaugment.spring.proxy.ProxyRequestHandler;
import com.generalaugment.spring.proxy.ProxyStateStore;
import com.generalaugment.spring.proxy.ProxyUserResolver;
import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class GenaugProxyAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GenaugProxyAutoConfiguration.class))
		.withBean(GeneralAugmentClient.class,
				() -> GeneralAugmentClient.builder().apiKey("sk-test").baseUrl("http://127.0.0.1:9").build());

	@Test
	void proxyIsOffByDefault() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ProxyRequestHandler.class)
			.doesNotHaveBean(GenaugProxyProperties.class));
	}

	@Test
	void whenEnabledThenTheEndpointIsMappedAtTheDefaultPath() {
		this.runner.withPropertyValues("genaug.proxy.enabled=true").run((context) -> {
			assertThat(context).hasSingleBean(ProxyRequestHandler.class)
				.hasSingleBean(PrincipalProxyUserResolver.class)
				.hasSingleBean(InMemoryProxyStateStore.class)
				.hasSingleBean(GenaugProxyStoreHealthIndicator.class);
			SimpleUrlHandlerMapping mapping = context.getBean("genaugProxyHandlerMapping", SimpleUrlHandlerMapping.class);
			assertThat(mapping.getUrlMap()).containsOnlyKeys("/ai/responses");
			assertThat(mapping.getCorsConfigurationSource()).isNull();
		});
	}

	@Test
	void whenThePathIsSetThenTheEndpointMovesThere() {
		this.runner.withPropertyValues("genaug.proxy.enabled=true", "genaug.proxy.path=/api/assistant")
			.run((context) -> assertThat(context.getBean("genaugProxyHandlerMapping", SimpleUrlHandlerMapping.class)
				.getUrlMap()).containsOnlyKeys("/api/assistant"));
	}

	@Test
	void whenThePathIsRelativeThenStartupFails() {
		this.runner.withPropertyValues("genaug.proxy.enabled=true", "genaug.proxy.path=ai/responses")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("genaug.proxy.path")
				.hasMessageContaining("must be a path starting with /"));
	}

	@Test
	void whenThereIsNoClientBeanThenThereIsNoProxy() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(GenaugProxyAutoConfiguration.class))
			.withPropertyValues("genaug.proxy.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(ProxyRequestHandler.class));
	}

	@Test
	void whenTheAppIsNotAServletWebAppThenThereIsNoProxy() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(GenaugProxyAutoConfiguration.class))
			.withBean(GeneralAugmentClient.class, () -> GeneralAugmentClient.builder().apiKey("sk-test").build())
			.withPropertyValues("genaug.proxy.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(ProxyRequestHandler.class));
	}

	@Test
	void whenTheAppDeclaresExtensionBeansThenTheyAreUsed() {
		ProxyUserResolver resolver = (request, claimed) -> "fixed";
		ProxyStateStore store = new InMemoryProxyStateStore(
				new ProxyLimits(1, 1, 1, 1, 1, Duration.ofMinutes(1)));
		this.runner.withPropertyValues("genaug.proxy.enabled=true")
			.withBean(ProxyUserResolver.class, () -> resolver)
			.withBean(ProxyStateStore.class, () -> store)
			.run((context) -> {
				assertThat(context.getBean(ProxyUserResolver.class)).isSameAs(resolver);
				assertThat(context.getBean(ProxyStateStore.class)).isSameAs(store);
				assertThat(context).hasSingleBean(ProxyRequestHandler.class);
			});
	}

	@Test
	void whenTheRateLimitIsZeroThenRequestsAreNotLimited() {
		this.runner.withPropertyValues("genaug.proxy.enabled=true", "genaug.proxy.rate-limit.requests-per-minute=0")
			.run((context) -> assertThat(context.getBean(ProxyStateStore.class).tryConsume("anyone")).isZero());
	}

	@Test
	void whenTheRedisStoreIsAskedForWithoutSpringDataRedisThenStartupFailsWithAnAction() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.withPropertyValues("genaug.proxy.enabled=true", "genaug.proxy.store=redis")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("genaug.proxy.store")
				.hasMessageContaining("spring-boot-starter-data-redis"));
	}

	@Test
	void whenTheRedisStoreIsAskedForWithoutAConnectionFactoryThenStartupFailsWithAnAction() {
		this.runner.withPropertyValues("genaug.proxy.enabled=true", "genaug.proxy.store=redis")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("no Spring Data Redis connection factory"));
	}

	@Test
	void whenBucket4jIsMissingAndALimitIsSetThenStartupFailsWithAnAction() {
		this.runner.withClassLoader(new FilteredClassLoader(Bucket.class))
			.withPropertyValues("genaug.proxy.enabled=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Bucket4j")
				.hasMessageContaining("requests-per-minute"));
	}

	@Test
	void whenBucket4jIsMissingAndTheLimitIsOffThenTheProxyStarts() {
		this.runner.withClassLoader(new FilteredClassLoader(Bucket.class))
			.withPropertyValues("genaug.proxy.enabled=true", "genaug.proxy.rate-limit.requests-per-minute=0")
			.run((context) -> assertThat(context).hasSingleBean(ProxyRequestHandler.class));
	}

	@Test
	void whenOriginsAreListedThenCorsIsConfiguredForThePath() {
		this.runner
			.withPropertyValues("genaug.proxy.enabled=true", "genaug.proxy.cors.allowed-origins=https://*.example.com",
					"genaug.proxy.cors.allow-credentials=true")
			.run((context) -> {
				Map<String, CorsConfiguration> cors = ((UrlBasedCorsConfigurationSource) context
					.getBean("genaugProxyHandlerMapping", SimpleUrlHandlerMapping.class)
					.getCorsConfigurationSource()).getCorsConfigurations();
				assertThat(cors).containsOnlyKeys("/ai/responses");
				CorsConfiguration configuration = cors.get("/ai/responses");
				assertThat(configuration.getAllowedOriginPatterns()).containsExactly("https://*.example.com");
				assertThat(configuration.getAllowedMethods()).containsExactly("POST");
				assertThat(configuration.getAllowCredentials()).isTrue();
				assertThat(configuration.getExposedHeaders()).contains("X-Request-ID", "Retry-After");
			});
	}

}
