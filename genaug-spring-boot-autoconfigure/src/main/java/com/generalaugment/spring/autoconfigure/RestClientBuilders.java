package com.generalaugment.spring.autoconfigure;

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
 * (benchmarks, part 5). Without Spring Boot's restclient module there is nothing to apply, and the
 * clients send straight through the JDK client.
 */
final class RestClientBuilders {

	private static final boolean RESTCLIENT_PRESENT = ClassUtils
		.isPresent("org.springframework.boot.restclient.RestClientCustomizer", RestClientBuilders.class.getClassLoader());

	private RestClientBuilders() {
	}

	/**
	 * A builder for one client.
	 * @param beanFactory where the customizers are
	 * @return the builder, or {@code null} when Spring Boot's restclient module is absent
	 */
	static RestClient.@Nullable Builder create(BeanFactory beanFactory) {
		return RESTCLIENT_PRESENT ? Customized.create(beanFactory) : null;
	}

	/** Kept apart so that {@link RestClientCustomizer} is only loaded when it is there. */
	private static final class Customized {

		static RestClient.Builder create(BeanFactory beanFactory) {
			RestClient.Builder builder = RestClient.builder();
			beanFactory.getBeanProvider(RestClientCustomizer.class)
				.orderedStream()
				.forEach((customizer) -> customizer.customize(builder));
			return builder;
		}

	}

}
