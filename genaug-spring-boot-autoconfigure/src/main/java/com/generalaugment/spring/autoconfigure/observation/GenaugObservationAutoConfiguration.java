package com.generalaugment.spring.autoconfigure.observation;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.spring.autoconfigure.AdminClientCustomizer;
import com.generalaugment.spring.autoconfigure.GeneralAugmentClientCustomizer;
import com.generalaugment.spring.observation.GenaugGenAiMetricsObservationHandler;
import com.generalaugment.spring.observation.GenaugObservationCallListener;
import com.generalaugment.spring.observation.GenaugObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Observations of the General Augment clients when Micrometer's {@link ObservationRegistry} is available:
 * a {@link GenaugObservationCallListener} on both clients' builders (through customizers), and, with a
 * {@link MeterRegistry}, the {@code gen_ai.client.token.usage} counter.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ ObservationRegistry.class, GeneralAugmentClient.class })
@ConditionalOnBean(ObservationRegistry.class)
public final class GenaugObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	GenaugObservationCallListener genaugObservationCallListener(ObservationRegistry observationRegistry,
			ObjectProvider<GenaugObservationConvention> convention) {
		return new GenaugObservationCallListener(observationRegistry, convention.getIfUnique());
	}

	@Bean
	GeneralAugmentClientCustomizer genaugObservationClientCustomizer(GenaugObservationCallListener listener) {
		return (builder) -> builder.listener(listener);
	}

	@Bean
	AdminClientCustomizer genaugObservationAdminClientCustomizer(GenaugObservationCallListener listener) {
		return (builder) -> builder.listener(listener);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class GenAiMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		GenaugGenAiMetricsObservationHandler genaugGenAiMetricsObservationHandler(MeterRegistry meterRegistry) {
			return new GenaugGenAiMetricsObservationHandler(meterRegistry);
		}

	}

}
