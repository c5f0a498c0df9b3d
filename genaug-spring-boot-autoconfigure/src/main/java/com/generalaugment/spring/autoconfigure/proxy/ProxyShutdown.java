package com.generalaugment.spring.autoconfigure.proxy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.SmartLifecycle;

/**
 * Takes the proxy out of service when the application stops (a rolling deploy): from then on new calls
 * get 503 with {@code Retry-After}, and every open stream ends at once with a terminal
 * {@code event: error} frame (reason {@code server_shutting_down}) so the phone retries elsewhere rather
 * than waiting on a stream that will be cut. It stops before the web server's graceful shutdown, which
 * then lets the non-streaming calls in flight finish.
 */
final class ProxyShutdown implements SmartLifecycle {

	static final String SHUTTING_DOWN = "server_shutting_down";

	// Short: another instance is already taking calls.
	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final Set<SseRelay> open = ConcurrentHashMap.newKeySet();

	private volatile boolean running = true;

	/** @return the answer to a call, or the last frame of a stream, once the proxy is stopping */
	static ProxyError error() {
		return new ProxyError(503, SHUTTING_DOWN, "The server is restarting. Please retry.", null, RETRY_AFTER);
	}

	boolean isStopping() {
		return !this.running;
	}

	void opened(SseRelay relay) {
		this.open.add(relay);
		if (!this.running) {
			relay.shutDown();
		}
	}

	void closed(SseRelay relay) {
		this.open.remove(relay);
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		for (SseRelay relay : this.open) {
			relay.shutDown();
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
