package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Looks at every call in flight a few times a second, on the shared timer: a body still arriving past its
 * deadline is answered 408, and a client that hung up while the platform works has its call aborted. One
 * sweep for all calls, rather than a timer task per call, so that a call costs a set insertion, not
 * scheduling and cancelling on a queue every call contends for.
 */
final class ProxyWatch {

	private static final Log logger = LogFactory.getLog(ProxyWatch.class);

	private final Set<ProxyExchange> exchanges = ConcurrentHashMap.newKeySet();

	/**
	 * Start sweeping.
	 * @param timer the shared timer
	 * @param period how often to look: a deadline is kept, and a gone client noticed, within one period
	 */
	ProxyWatch(ScheduledExecutorService timer, Duration period) {
		long millis = Math.max(1, period.toMillis());
		timer.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
	}

	/**
	 * Watch a call until it ends.
	 * @param exchange the call
	 */
	void watch(ProxyExchange exchange) {
		this.exchanges.add(exchange);
		exchange.onEnd(() -> this.exchanges.remove(exchange));
	}

	private void sweep() {
		long now = System.nanoTime();
		for (ProxyExchange exchange : this.exchanges) {
			try {
				exchange.check(now);
			}
			catch (RuntimeException ex) {
				logger.warn("Checking proxy request " + exchange.requestId() + " failed", ex);
			}
		}
	}

}
