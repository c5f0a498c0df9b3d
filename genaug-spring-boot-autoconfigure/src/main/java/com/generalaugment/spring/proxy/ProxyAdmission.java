package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Admission control: caps the proxied calls in flight on this instance and per user, streaming and
 * non-streaming alike, so that one user — or a flood — cannot take every platform connection and
 * thread. A refused call is answered at once, before its body is relayed and without calling the
 * platform.
 */
public final class ProxyAdmission {

	// Short: a slot frees as soon as one call ends, so a quick retry usually gets in.
	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final int maxInFlight;

	private final ProxyStreamSlots perUser;

	private final AtomicInteger inFlight = new AtomicInteger();

	/**
	 * Create the caps.
	 * @param maxInFlight the most calls in flight on this instance, 0 for no cap
	 * @param maxInFlightPerUser the most calls in flight per user, 0 for no cap
	 */
	/**
	 * Admission with the given caps.
	 * @param maxInFlight the most calls in flight on this instance ({@code 0} = no cap)
	 * @param maxInFlightPerUser the most calls in flight per user ({@code 0} = no cap)
	 */
	public ProxyAdmission(int maxInFlight, int maxInFlightPerUser) {
		this.maxInFlight = maxInFlight;
		this.perUser = new ProxyStreamSlots(maxInFlightPerUser);
	}

	/**
	 * Admit a call.
	 * @param userId the user
	 * @return {@code null} when admitted — then {@link #exit(String)} must follow once — else the refusal
	 */
	@Nullable ProxyError tryEnter(String userId) {
		int now = this.inFlight.incrementAndGet();
		if (this.maxInFlight > 0 && now > this.maxInFlight) {
			this.inFlight.decrementAndGet();
			return new ProxyError(503, "server_busy", "The server is busy. Please retry shortly.", null, RETRY_AFTER);
		}
		if (!this.perUser.tryAcquire(userId)) {
			this.inFlight.decrementAndGet();
			return new ProxyError(429, "too_many_requests_in_flight",
					"Too many requests in flight. Wait for one to finish and retry.", null, RETRY_AFTER);
		}
		return null;
	}

	void exit(String userId) {
		this.perUser.release(userId);
		this.inFlight.decrementAndGet();
	}

	/** @return the calls in flight now */
	int inFlight() {
		return this.inFlight.get();
	}

}
