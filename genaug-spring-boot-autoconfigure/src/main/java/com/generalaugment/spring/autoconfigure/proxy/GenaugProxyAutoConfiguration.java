package com.generalaugment.spring.autoconfigure.proxy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;
import com.generalaugment.spring.autoconfigure.GenaugProperties;
import com.generalaugment.spring.autoconfigure.InvalidGenaugPropertyException;
import com.generalaugment.spring.health.GenaugProxyStoreHealthIndicator;
import com.generalaugment.spring.proxy.InMemoryProxyStateStore;
import com.generalaugment.spring.proxy.PrincipalProxyUserResolver;
import com.generalaugment.spring.proxy.ProxyAdmission;
import com.generalaugment.spring.proxy.ProxyMeters;
import com.generalaugment.spring.proxy.ProxyRejectionListener;
import com.generalaugment.spring.proxy.ProxyRequestHandler;
import com.generalaugment.spring.proxy.ProxyShutdown;
import com.generalaugment.spring.proxy.ProxyStateStore;
import com.generalaugment.spring.proxy.ProxyThreads;
import com.generalaugment.spring.proxy.ProxyUserResolver;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Auto-configuration of the mobile proxy endpoint, switched on by {@code genaug.proxy.enabled=true} in
 * a servlet web application that has a {@link GeneralAugmentClient} bean. The per-user state lives in a
 * {@link ProxyStateStore}: in memory by default, in Redis with {@code genaug.proxy.store=redis}. Replace the
 * {@link ProxyUserResolver} or the {@link ProxyStateStore} by declaring a bean of that type.
 */
@AutoConfiguration(after = GenaugAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, GeneralAugmentClient.class })
@ConditionalOnBooleanProperty("genaug.proxy.enabled")
@ConditionalOnBean(GeneralAugmentClient.class)
@EnableConfigurationProperties({ GenaugProxyProperties.class, GenaugProperties.class })
public final class GenaugProxyAutoConfiguration {

	// The handler runs before annotated controllers, so an app mapping the same path does not hide it.
	private static final int HANDLER_MAPPING_ORDER = -1;

	@Bean
	@ConditionalOnMissingBean
	ProxyUserResolver proxyUserResolver(GenaugProxyProperties properties) {
		return new PrincipalProxyUserResolver(properties.isTrustClientUser());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "genaug.proxy.store", havingValue = "memory", matchIfMissing = true)
	ProxyStateStore genaugProxyStateStore(GenaugProxyProperties properties, BeanFactory beanFactory) {
		requireBucket4jForTheRateLimit(properties, classLoader(beanFactory));
		return new InMemoryProxyStateStore(properties.toLimits());
	}

	// Closed with the context (inferred destroy method): it stops renewing leases and closes its own
	// Redis connection.
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "genaug.proxy.store", havingValue = "redis")
	ProxyStateStore genaugRedisProxyStateStore(GenaugProxyProperties properties, BeanFactory beanFactory) {
		ClassLoader classLoader = classLoader(beanFactory);
		requireBucket4jForTheRateLimit(properties, classLoader);
		for (String[] needed : new String[][] {
				{ "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory",
						"org.springframework.boot:spring-boot-starter-data-redis" },
				{ "io.github.bucket4j.redis.lettuce.Bucket4jLettuce", "com.bucket4j:bucket4j_jdk17-lettuce" } }) {
			if (!ClassUtils.isPresent(needed[0], classLoader)) {
				throw new InvalidGenaugPropertyException("genaug.proxy.store", "redis",
						"the Redis store needs " + needed[1] + ", which is not on the classpath",
						"Add " + needed[1] + " (and spring.data.redis.* settings), or set genaug.proxy.store=memory.");
			}
		}
		return RedisProxyStateStores.create(properties, beanFactory);
	}

	private static @Nullable ClassLoader classLoader(BeanFactory beanFactory) {
		return (beanFactory instanceof ConfigurableBeanFactory configurable) ? configurable.getBeanClassLoader()
				: GenaugProxyAutoConfiguration.class.getClassLoader();
	}

	private static void requireBucket4jForTheRateLimit(GenaugProxyProperties properties,
			@Nullable ClassLoader classLoader) {
		// Fail closed: an endpoint exposed to the internet must not silently lose its rate limit.
		int requestsPerMinute = properties.getRateLimit().getRequestsPerMinute();
		String artifact = "com.bucket4j:bucket4j_jdk17-core";
		if (requestsPerMinute > 0 && !ClassUtils.isPresent("io.github.bucket4j.Bucket", classLoader)) {
			throw new InvalidGenaugPropertyException("genaug.proxy.rate-limit.requests-per-minute",
					String.valueOf(requestsPerMinute), "the proxy's rate limiter needs Bucket4j, which is not on the classpath",
					"Add " + artifact + ", declare a ProxyStateStore bean, or set "
							+ "genaug.proxy.rate-limit.requests-per-minute=0 to switch the limit off.");
		}
	}

	@Bean
	ProxyRequestHandler genaugProxyRequestHandler(GeneralAugmentClient client, GenaugProxyProperties properties,
			GenaugProperties genaug, ObjectProvider<GenaugConnectionDetails> connectionDetails,
			ProxyUserResolver userResolver, ProxyStateStore store, ProxyAdmission admission,
			ObjectProvider<ProxyRejectionListener> rejections,
			ProxyShutdown shutdown, ProxyThreads threads) {
		// Every key the application knows of, wherever it came from, is kept out of what clients receive.
		List<@Nullable String> keys = new ArrayList<>(Arrays.asList(genaug.getApiKey(), genaug.getAdmin().getApiKey()));
		GenaugConnectionDetails details = connectionDetails.getIfAvailable();
		if (details != null) {
			keys.add(details.getApiKey());
			keys.add(details.getAdminApiKey());
		}
		return ProxyRequestHandler.create(client, properties.toSettings(), userResolver, store, admission, threads,
				rejections.getIfAvailable(() -> (reason) -> {
				}), shutdown, keys);
	}

	@Bean
	SimpleUrlHandlerMapping genaugProxyHandlerMapping(GenaugProxyProperties properties,
			ProxyRequestHandler genaugProxyRequestHandler) {
		String path = properties.getPath();
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(path, genaugProxyRequestHandler),
				HANDLER_MAPPING_ORDER);
		GenaugProxyProperties.Cors cors = properties.getCors();
		if (!cors.getAllowedOrigins().isEmpty()) {
			mapping.setCorsConfigurations(Map.of(path, corsConfiguration(cors)));
		}
		return mapping;
	}

	private static CorsConfiguration corsConfiguration(GenaugProxyProperties.Cors cors) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(cors.getAllowedOrigins());
		configuration.setAllowedMethods(List.of("POST"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept",
				ProxyRequestHandler.REQUEST_ID, ProxyRequestHandler.IDEMPOTENCY_KEY));
		configuration.setExposedHeaders(List.of(ProxyRequestHandler.REQUEST_ID, "Retry-After"));
		configuration.setAllowCredentials(cors.isAllowCredentials());
		configuration.setMaxAge(cors.getMaxAge());
		return configuration;
	}

	// Closed with the context (inferred destroy method): the timer, its watch and the call threads go with it.
	@Bean
	ProxyThreads genaugProxyThreads(Environment environment) {
		return new ProxyThreads(Threading.VIRTUAL.isActive(environment));
	}

	@Bean
	ProxyShutdown genaugProxyShutdown() {
		return new ProxyShutdown();
	}

	@Bean
	ProxyAdmission genaugProxyAdmission(GenaugProxyProperties properties) {
		return new ProxyAdmission(properties.getMaxInFlight());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ProxyRejectionListener genaugProxyMeters(ObjectProvider<MeterRegistry> registry, ProxyAdmission admission) {
			MeterRegistry meterRegistry = registry.getIfAvailable();
			if (meterRegistry == null) {
				return (reason) -> {
				};
			}
			return new ProxyMeters(meterRegistry, admission);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	static class StoreHealthConfiguration {

		@Bean
		@ConditionalOnEnabledHealthIndicator("genaugProxyStore")
		GenaugProxyStoreHealthIndicator genaugProxyStoreHealthIndicator(ProxyStateStore store) {
			return new GenaugProxyStoreHealthIndicator(store);
		}

	}

}
