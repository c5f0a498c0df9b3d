package com.generalaugment.spring.proxy;

import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The proxy's Micrometer meters: {@code genaug.proxy.rejections} counted by {@code reason} (the
 * proxy's own refusals: limits, admission, bad requests), and the gauges
 * {@code genaug.proxy.in.flight} (calls in flight) and {@code genaug.proxy.streams.open} (open
 * streams). Registered only when Micrometer is on the classpath.
 */
public final class ProxyMeters implements ProxyRejectionListener {

	private final MeterRegistry registry;

	// Reasons come from the proxy's own fixed set, so this stays small.
	private final ConcurrentHashMap<String, Counter> rejections = new ConcurrentHashMap<>();

	/**
	 * Meters registered in the given registry.
	 * @param registry the registry
	 * @param admission the admission whose calls in flight and open streams are gauged
	 */
	public ProxyMeters(MeterRegistry registry, ProxyAdmission admission) {
		this.registry = registry;
		Gauge.builder("genaug.proxy.in.flight", admission, ProxyAdmission::inFlight)
			.description("Proxied calls in flight, streaming or not")
			.register(registry);
		Gauge.builder("genaug.proxy.streams.open", admission, ProxyAdmission::openStreams)
			.description("Proxied streams open")
			.register(registry);
	}

	@Override
	public void rejected(String reason) {
		this.rejections
			.computeIfAbsent(reason, (name) -> Counter.builder("genaug.proxy.rejections")
				.description("Proxy requests refused by the proxy itself")
				.tag("reason", name)
				.register(this.registry))
			.increment();
	}

}
