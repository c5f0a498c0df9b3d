package com.generalaugment.spring.health;

import com.generalaugment.client.GeneralAugment;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code genaug} health indicator: UP when the platform's {@code /health/ready} answers healthy, else
 * DOWN with the reason. Details: {@code sdkVersion}, {@code apiBuild} (one line: the API's version and
 * {@code build_sha}, else its {@code Server} header), {@code baseUrl}, {@code latency} (ms), and when the API
 * reports them {@code apiVersion}, {@code apiBuildSha} and its dependencies' states {@code db} and
 * {@code redis}; the upstream {@code status}, and on failure {@code error} and {@code lastReachedAt}. Results come from a
 * {@link GenaugApiProbe}, so frequent health checks do not hammer the platform.
 *
 * <p>It is not added to any health group: the liveness of this application must not depend on a remote
 * API. Include it in the readiness group yourself if traffic should stop when the platform is down.
 */
public class GenaugHealthIndicator implements HealthIndicator {

	private final GenaugApiProbe probe;

	/**
	 * Create the indicator.
	 * @param probe the probe whose results are reported
	 */
	public GenaugHealthIndicator(GenaugApiProbe probe) {
		this.probe = probe;
	}

	@Override
	public Health health() {
		GenaugApiProbe.Result result = this.probe.current();
		Health.Builder health = result.up() ? Health.up() : Health.down();
		health.withDetail("sdkVersion", GeneralAugment.VERSION)
			.withDetail("apiBuild", result.apiBuild())
			.withDetail("baseUrl", result.baseUrl())
			.withDetail("latency", result.latency().toMillis());
		detail(health, "apiVersion", result.apiVersion());
		detail(health, "apiBuildSha", result.apiBuildSha());
		detail(health, "db", result.db());
		detail(health, "redis", result.redis());
		if (result.upstreamStatus() != null) {
			health.withDetail("status", result.upstreamStatus());
		}
		if (result.error() != null) {
			health.withDetail("error", result.error());
		}
		if (!result.up() && result.lastReachedAt() != null) {
			health.withDetail("lastReachedAt", result.lastReachedAt().toString());
		}
		return health.build();
	}

	private static void detail(Health.Builder health, String name, @Nullable String value) {
		if (value != null) {
			health.withDetail(name, value);
		}
	}

}
