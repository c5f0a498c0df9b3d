package com.generalaugment.spring.autoconfigure.actuate;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.spring.actuate.GenaugInfoContributor;
import com.generalaugment.spring.actuate.GenaugKeySanitizingFunction;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorFallback;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator support when Spring Boot Actuator is on the classpath: the {@code genaug} info contributor
 * ({@code management.info.genaug.enabled}) and the masking of the keys in the {@code configprops} and
 * {@code env} endpoints.
 */
@AutoConfiguration(after = GenaugAutoConfiguration.class)
@ConditionalOnClass({ InfoContributor.class, SanitizingFunction.class, GeneralAugmentClient.class })
public final class GenaugActuatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "genaugInfoContributor")
	@ConditionalOnEnabledInfoContributor(value = "genaug", fallback = InfoContributorFallback.USE_DEFAULTS_PROPERTY)
	GenaugInfoContributor genaugInfoContributor(ObjectProvider<GeneralAugmentClient> client,
			ObjectProvider<AdminClient> adminClient) {
		return new GenaugInfoContributor(client.getIfUnique(), adminClient.getIfUnique());
	}

	@Bean
	GenaugKeySanitizingFunction genaugKeySanitizingFunction() {
		return new GenaugKeySanitizingFunction();
	}

}
