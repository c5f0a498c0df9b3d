package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Admission control on this instance: caps the proxied calls in flight here, so that a flood cannot take
 * every platform connection and thread of this JVM. The cap protects this instance's own resources, so
 * it is never shared; the per-user caps are the {@link ProxyStateStore}'s. It also counts the open
 * streams, for the meters. A refused call is answered at once, without calling the platform.
 */
public final class ProxyAdmission {

	// Short: a slot frees as soon as one call ends, so a quick retry usually gets in.
	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final int maxInFlight;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger openStreams = new AtomicInteger();

	/**
	 * Admission with the given cap.
	 * @param maxInFlight the most calls in flight on this instance ({@code 0} = no cap)
	 */
	public ProxyAdmission(int maxInFlight) {
		this.maxInFlight = maxInFlight;
	}

	/**
	 * Admit a call.
	 * @return {@code null} when admitted — then {@link #exit()} must follow once — else the refusal
	 */
	@Nullable ProxyError tryEnter() {
		int now = this.inFlight.incrementAndGet();
		if (this.maxInFlight > 0 && now > this.maxInFlight) {
			this.inFlight.decrementAndGet();
			return new ProxyError(503, "server_busy", "The server is busy. Please retry shortly.", null, RETRY_AFTER);
		}
		return null;
	}

	void exit() {
		this.inFlight.decrementAndGet();
	}

	void streamOpened() {
		this.openStreams.incrementAndGet();
	}

	void streamClosed() {
		this.openStreams.decrementAndGet();
	}

	/** @return the calls in flight now */
	int inFlight() {
		return this.inFlight.get();
	}

	/** @return the streams open now */
	int openStreams() {
		return this.openStreams.get();
	}

	/** The refusal of a user who holds every in-flight slot. */
	static ProxyError tooManyInFlight() {
		return new ProxyError(429, "too_many_requests_in_flight",
				"Too many requests in flight. Wait for one to finish and retry.", null, RETRY_AFTER);
	}

	/** The refusal of a user who holds every stream slot. */
	static ProxyError tooManyStreams() {
		return new ProxyError(429, "too_many_streams", "Too many open streams. Close one and retry.", null, RETRY_AFTER);
	}

}
