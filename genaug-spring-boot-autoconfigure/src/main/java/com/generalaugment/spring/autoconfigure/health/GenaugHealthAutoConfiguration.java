package com.generalaugment.spring.autoconfigure.health;

import java.util.function.Supplier;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.http.HttpSender;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.GenaugProperties;
import com.generalaugment.spring.health.GenaugApiProbe;
import com.generalaugment.spring.health.GenaugHealthIndicator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Auto-configuration of the {@code genaug} health indicator and the {@link GenaugApiProbe} behind it, when
 * Spring Boot's health support is on the classpath and a client is configured. The probe checks the
 * project client's base URL, else the admin client's. Switch the indicator off with
 * {@code management.health.genaug.enabled=false}.
 */
@AutoConfiguration(after = GenaugAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, GeneralAugmentClient.class })
@Conditional(GenaugHealthAutoConfiguration.OnClientCondition.class)
public final class GenaugHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	GenaugApiProbe genaugApiProbe(GenaugProperties properties, ObjectProvider<GeneralAugmentClient> client,
			ObjectProvider<AdminClient> adminClient) {
		GenaugProperties.Health health = properties.getHealth();
		GeneralAugmentClient projectClient = client.getIfUnique();
		// The probe goes out on the client's own sender, so that it takes the same route (an egress
		// proxy, a private CA, the application's interceptors) as the calls whose reachability it reports.
		String baseUrl;
		Supplier<HttpSender> sender;
		if (projectClient != null) {
			baseUrl = projectClient.baseUrl();
			sender = projectClient::httpSender;
		}
		else {
			AdminClient admin = adminClient.getObject();
			baseUrl = admin.baseUrl();
			sender = admin::httpSender;
		}
		return new GenaugApiProbe(baseUrl, health.getTimeout(), health.getCacheTtl(),
				health.getFailureCacheTtl(), sender);
	}

	@Bean
	@ConditionalOnMissingBean(name = "genaugHealthIndicator")
	@ConditionalOnEnabledHealthIndicator("genaug")
	GenaugHealthIndicator genaugHealthIndicator(GenaugApiProbe genaugApiProbe) {
		return new GenaugHealthIndicator(genaugApiProbe);
	}

	/** A project client or an admin client exists. */
	static final class OnClientCondition extends AnyNestedCondition {

		OnClientCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(GeneralAugmentClient.class)
		static final class ProjectClient {

		}

		@ConditionalOnBean(AdminClient.class)
		static final class AdminClientPresent {

		}

	}

}
