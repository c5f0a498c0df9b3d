package com.generalaugment.spring.autoconfigure.support;

import java.time.Clock;
import java.util.List;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.spring.autoconfigure.AdminClientCustomizer;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.GenaugProperties;
import com.generalaugment.spring.autoconfigure.GeneralAugmentClientCustomizer;
import com.generalaugment.spring.autoconfigure.mock.GenaugMockModeCondition;
import com.generalaugment.spring.autoconfigure.proxy.GenaugProxyProperties;
import com.generalaugment.spring.health.GenaugApiProbe;
import com.generalaugment.spring.support.GenaugRecentCalls;
import com.generalaugment.spring.support.GenaugSupportEndpoint;
import com.generalaugment.spring.support.GenaugVerification;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * The {@code genaug} Actuator endpoint ({@link GenaugSupportEndpoint}) and the {@link GenaugRecentCalls}
 * listener that feeds it, registered on both clients through customizers. Present only when Actuator is on the
 * classpath and the endpoint is available: accessible ({@code management.endpoint.genaug.access}) and exposed
 * ({@code management.endpoints.web.exposure.include=genaug}); otherwise nothing is installed on the clients.
 */
@AutoConfiguration(after = GenaugAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class, GeneralAugmentClient.class })
@ConditionalOnAvailableEndpoint(GenaugSupportEndpoint.class)
@EnableConfigurationProperties(GenaugSupportProperties.class)
public final class GenaugSupportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	GenaugRecentCalls genaugRecentCalls(GenaugSupportProperties properties) {
		return new GenaugRecentCalls(properties.getRecentCalls());
	}

	private static GenaugSupportEndpoint.Proxy proxyDescription(@Nullable GenaugProxyProperties proxy) {
		if (proxy == null || !proxy.isEnabled()) {
			return GenaugSupportEndpoint.Proxy.disabled();
		}
		return new GenaugSupportEndpoint.Proxy(true, proxy.getPath(), proxy.getModel(),
				List.copyOf(proxy.getAllowedModels()), proxy.getMaxBodySize().toBytes(), proxy.getMaxInputChars(),
				proxy.getMaxConcurrentStreamsPerUser(), proxy.getStreamTimeout().toMillis(),
				proxy.getRateLimit().getRequestsPerMinute());
	}

	@Bean
	GeneralAugmentClientCustomizer genaugRecentCallsClientCustomizer(GenaugRecentCalls genaugRecentCalls) {
		return (builder) -> builder.listener(genaugRecentCalls);
	}

	@Bean
	AdminClientCustomizer genaugRecentCallsAdminClientCustomizer(GenaugRecentCalls genaugRecentCalls) {
		return (builder) -> builder.listener(genaugRecentCalls);
	}

	@Bean
	@ConditionalOnMissingBean
	GenaugSupportEndpoint genaugSupportEndpoint(GenaugProperties properties, GenaugRecentCalls genaugRecentCalls,
			ObjectProvider<GenaugApiProbe> probe, ObjectProvider<GeneralAugmentClient> client,
			ObjectProvider<AdminClient> adminClient, ObjectProvider<GenaugProxyProperties> proxy,
			ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git, Environment environment,
			ResourceLoader resourceLoader) {
		GenaugSupportEndpoint.App app = GenaugSupportEndpoint.App.of(environment.getProperty("spring.application.name"),
				build.getIfUnique(), git.getIfUnique());
		GenaugSupportEndpoint.Clients clients = GenaugSupportEndpoint.Clients.of(client.getIfUnique(),
				StringUtils.hasText(properties.getApiKey()), adminClient.getIfUnique(),
				StringUtils.hasText(properties.getAdmin().getApiKey()),
				GenaugMockModeCondition.isActive(environment, resourceLoader.getClassLoader()),
				proxyDescription(proxy.getIfUnique()));
		GenaugVerification verification = new GenaugVerification(adminClient::getIfUnique, client::getIfUnique,
				Clock.systemUTC());
		return new GenaugSupportEndpoint(app, clients, probe.getIfUnique(), genaugRecentCalls, verification);
	}

}
