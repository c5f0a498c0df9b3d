package com.generalaugment.spring.autoconfigure;

import java.util.List;

import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.JdkHttpSender;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * The sender the clients use in a Spring application: a {@link RestClientHttpSender} over a new
 * {@link RestClient.Builder} with the application's {@link RestClientCustomizer} beans applied in order
 * (Boot's HTTP client observations among them).
 *
 * <p>That builder is Boot's own {@code RestClient.Builder} bean minus the request factory it builds
 * eagerly: a JDK {@code HttpClient} with its selector thread, for each injection, which the SDK would
 * leave idle and which costs start-up time.
 *
 * <p>With no customizer to apply — or without Spring Boot's restclient module — a {@code RestClient}
 * would add nothing but its cost per call (header copies, an observation context, its interceptor
 * chain), so there is none and the clients keep the SDK's JDK sender, with the same retries, timeouts
 * and errors.
 */
final class RestClientSenders {

	private static final boolean RESTCLIENT_PRESENT = ClassUtils
		.isPresent("org.springframework.boot.restclient.RestClientCustomizer", RestClientSenders.class.getClassLoader());

	private RestClientSenders() {
	}

	/**
	 * The sender for one client.
	 * @param beanFactory where the customizers are
	 * @param jdkSender the JDK sender the {@code RestClient} sends through, and the one to use when there is
	 * no customizer
	 * @return the sender
	 */
	static HttpSender create(BeanFactory beanFactory, JdkHttpSender jdkSender) {
		HttpSender customized = RESTCLIENT_PRESENT ? Customized.create(beanFactory, jdkSender) : null;
		return (customized != null) ? customized : jdkSender;
	}

	/** Kept apart so that {@link RestClientCustomizer} is only loaded when it is there. */
	static final class Customized {

		private Customized() {
		}

		static @Nullable HttpSender create(BeanFactory beanFactory, JdkHttpSender jdkSender) {
			RestClient.Builder builder = builder(beanFactory);
			return (builder != null) ? new RestClientHttpSender(builder, jdkSender) : null;
		}

		static RestClient.@Nullable Builder builder(BeanFactory beanFactory) {
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
