package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Takes the proxy out of service when the application stops (a rolling deploy): from then on new calls
 * get 503 with {@code Retry-After}, and every open stream ends at once with a terminal
 * {@code event: error} frame (reason {@code server_shutting_down}) so the phone retries elsewhere rather
 * than waiting on a stream that will be cut. Non-streaming calls in flight are let finish: the stop
 * completes when the last call has ended, within Spring's {@code spring.lifecycle.timeout-per-shutdown-phase}.
 * It stops before the web server's graceful shutdown, which cannot see asynchronous calls.
 */
public final class ProxyShutdown implements SmartLifecycle {

	static final String SHUTTING_DOWN = "server_shutting_down";

	// Short: another instance is already taking calls.
	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final Set<ProxyExchange> open = ConcurrentHashMap.newKeySet();

	private final AtomicReference<@Nullable Runnable> whenDrained = new AtomicReference<>();

	private volatile boolean running = true;

	/** @return the answer to a call, or the last frame of a stream, once the proxy is stopping */
	static ProxyError error() {
		return new ProxyError(503, SHUTTING_DOWN, "The server is restarting. Please retry.", null, RETRY_AFTER);
	}

	boolean isStopping() {
		return !this.running;
	}

	/**
	 * Track a call until it ends.
	 * @param exchange the call
	 */
	void opened(ProxyExchange exchange) {
		this.open.add(exchange);
		exchange.onEnd(() -> {
			this.open.remove(exchange);
			drained();
		});
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public void stop(Runnable callback) {
		this.running = false;
		this.whenDrained.set(callback);
		for (ProxyExchange exchange : this.open) {
			exchange.shutDown();
		}
		drained();
	}

	private void drained() {
		if (this.open.isEmpty()) {
			Runnable callback = this.whenDrained.getAndSet(null);
			if (callback != null) {
				callback.run();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Above the web server's graceful shutdown, which would otherwise wait for the streams to end.
		return SmartLifecycle.DEFAULT_PHASE;
	}

}
