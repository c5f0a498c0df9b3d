package com.generalaugment.spring.health;

import com.generalaugment.spring.proxy.ProxyStateStore;
import com.generalaugment.spring.proxy.ProxyStoreStatus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code genaugProxyStore} health component: where the proxy's per-user state lives and whether it
 * answers. While a shared store is down, the component is DOWN when the proxy fails closed (it is
 * refusing calls) and UP with {@code degraded: true} when it fails open (limits hold per instance). It
 * reads the store's last known state and sends nothing itself.
 */
public class GenaugProxyStoreHealthIndicator implements HealthIndicator {

	private final ProxyStateStore store;

	/**
	 * @param store the proxy's state store
	 */
	public GenaugProxyStoreHealthIndicator(ProxyStateStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		ProxyStoreStatus status = this.store.status();
		boolean failOpen = "fail-open".equals(status.onFailure());
		Health.Builder health = (status.up() || failOpen) ? Health.up() : Health.down();
		health.withDetail("store", status.store());
		if (!status.onFailure().isEmpty() && !"none".equals(status.onFailure())) {
			health.withDetail("onFailure", status.onFailure());
		}
		if (!status.up()) {
			health.withDetail("degraded", true);
			if (status.error() != null) {
				health.withDetail("error", status.error());
			}
			if (status.downSince() != null) {
				health.withDetail("downSince", status.downSince().toString());
			}
		}
		return health.build();
	}

}
