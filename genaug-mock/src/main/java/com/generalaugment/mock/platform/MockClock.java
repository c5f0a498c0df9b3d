package com.generalaugment.mock.platform;

import java.time.Instant;

/**
 * A logical clock, so timestamps are deterministic: it starts at the platform mock's fixed
 * {@code 2026-01-01T00:00:00Z} and moves one second forward per state change. The same sequence of calls
 * therefore always produces the same timestamps, and later changes always carry later times.
 */
public final class MockClock {

	/** The instant every reply of the platform's mock carries as {@code created_at} (contract §7). */
	public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

	private Instant now = EPOCH;

	/**
	 * The current logical time.
	 *
	 * @return the instant
	 */
	public synchronized Instant now() {
		return now;
	}

	/**
	 * Advances the clock by one second, for a state change.
	 *
	 * @return the new time
	 */
	public synchronized Instant tick() {
		now = now.plusSeconds(1);
		return now;
	}

	/** Back to {@link #EPOCH}. */
	public synchronized void reset() {
		now = EPOCH;
	}

}
