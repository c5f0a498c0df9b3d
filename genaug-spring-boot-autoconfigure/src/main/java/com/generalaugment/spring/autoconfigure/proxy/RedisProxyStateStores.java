package com.generalaugment.spring.autoconfigure.proxy;

import java.time.Clock;
import java.time.Duration;

import com.generalaugment.spring.autoconfigure.InvalidGenaugPropertyException;
import com.generalaugment.spring.proxy.FailoverProxyStateStore;
import com.generalaugment.spring.proxy.InMemoryProxyStateStore;
import com.generalaugment.spring.proxy.ProxyLimits;
import com.generalaugment.spring.proxy.ProxyStateStore;
import com.generalaugment.spring.proxy.RedisProxyStateStore;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Builds the Redis store on the application's Spring Data Redis connection. A class of its own, so that
 * Spring Data Redis and Lettuce are loaded only when {@code genaug.proxy.store=redis}.
 */
final class RedisProxyStateStores {

	private RedisProxyStateStores() {
	}

	static ProxyStateStore create(GenaugProxyProperties properties, BeanFactory beanFactory) {
		LettuceConnectionFactory lettuce = lettuce(beanFactory);
		AbstractRedisClient nativeClient = lettuce.getNativeClient();
		if (!(nativeClient instanceof RedisClient client) || lettuce.getClusterConfiguration() != null
				|| lettuce.getSentinelConfiguration() != null) {
			throw new InvalidGenaugPropertyException("genaug.proxy.store", "redis",
					"the Redis store supports a standalone Redis (spring.data.redis.host / url), not a cluster or sentinels",
					"Point spring.data.redis.* at one Redis server, or declare a ProxyStateStore bean of your own.");
		}
		GenaugProxyProperties.Redis redis = properties.getRedis();
		ProxyLimits limits = properties.toLimits();
		RedisProxyStateStore shared = new RedisProxyStateStore(client, uri(lettuce, redis.getTimeout()), limits,
				new RedisProxyStateStore.Settings(redis.getKeyPrefix(), redis.getTimeout(), redis.getLease()),
				Clock.systemUTC());
		return new FailoverProxyStateStore(shared, new InMemoryProxyStateStore(limits),
				redis.getOnFailure() == GenaugProxyProperties.OnFailure.FAIL_OPEN);
	}

	private static LettuceConnectionFactory lettuce(BeanFactory beanFactory) {
		RedisConnectionFactory factory;
		try {
			factory = beanFactory.getBean(RedisConnectionFactory.class);
		}
		catch (NoSuchBeanDefinitionException ex) {
			throw new InvalidGenaugPropertyException("genaug.proxy.store", "redis",
					"no Spring Data Redis connection factory is configured",
					"Add org.springframework.boot:spring-boot-starter-data-redis and set spring.data.redis.host and port.");
		}
		if (!(factory instanceof LettuceConnectionFactory lettuce)) {
			throw new InvalidGenaugPropertyException("genaug.proxy.store", "redis",
					"the Redis store needs Lettuce, and the connection factory is a " + factory.getClass().getSimpleName(),
					"Use Spring Data Redis's default client, Lettuce (spring.data.redis.client-type=lettuce).");
		}
		return lettuce;
	}

	// The store opens a connection of its own (keys as text, values as bytes) on the app's client, to the
	// server the app's factory is configured for.
	private static RedisURI uri(LettuceConnectionFactory lettuce, Duration timeout) {
		RedisStandaloneConfiguration standalone = lettuce.getStandaloneConfiguration();
		RedisURI.Builder uri = RedisURI.builder()
			.withHost(standalone.getHostName())
			.withPort(standalone.getPort())
			.withDatabase(standalone.getDatabase())
			.withSsl(lettuce.isUseSsl())
			.withTimeout(timeout);
		standalone.getPassword().toOptional().ifPresent((password) -> {
			String username = standalone.getUsername();
			if (username != null) {
				uri.withAuthentication(username, password);
			}
			else {
				uri.withPassword(password);
			}
		});
		return uri.build();
	}

}
