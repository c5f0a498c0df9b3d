package com.generalaugment.spring.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * The {@link RestClient.Builder} the clients send through: a new builder with the application's
 * {@link RestClientCustomizer} beans applied in order (Boot's HTTP client observations among them).
 *
 * <p>That is what Boot's own {@code RestClient.Builder} bean is, minus the request factory it builds
 * eagerly: a JDK {@code HttpClient} with its selector thread, for each injection, which the SDK would
 * replace by its own and leave idle — and which cost about 0.3 s of the application's start-up
 * (benchmarks, part 5).
 *
 * <p>With no customizer to apply — or without Spring Boot's restclient module — a {@code RestClient}
 * would add nothing but its cost per call (header copies, an observation context, its interceptor
 * chain: about a quarter of the proxy's CPU per call, benchmarks part 3), so there is no builder and
 * the clients send straight through the JDK client, with the same retries, timeouts and errors.
 */
final class RestClientBuilders {

	private static final boolean RESTCLIENT_PRESENT = ClassUtils
		.isPresent("org.springframework.boot.restclient.RestClientCustomizer", RestClientBuilders.class.getClassLoader());

	private RestClientBuilders() {
	}

	/**
	 * A builder for one client.
	 * @param beanFactory where the customizers are
	 * @return the builder, or {@code null} when there is no customizer to apply
	 */
	static RestClient.@Nullable Builder create(BeanFactory beanFactory) {
		return RESTCLIENT_PRESENT ? Customized.create(beanFactory) : null;
	}

	/** Kept apart so that {@link RestClientCustomizer} is only loaded when it is there. */
	private static final class Customized {

		static RestClient.@Nullable Builder create(BeanFactory beanFactory) {
			List<RestClientCustomizer> customizers = beanFactory.getBeanProvider(RestClientCustomizer.class)
				.orderedStream()
				.toList();
			if (customizers.isEmpty()) {
				return null;
			}
			RestClient.Builder builder = RestClient.builder();
			customizers.forEach((customizer) -> customizer.customize(builder));
			return builder;
		}

	}

}
