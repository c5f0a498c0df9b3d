package com.generalaugment.client.internal.http;

import java.time.Duration;

/**
 * The end of one attempt's time budget. Contract §4: the timeout covers the whole attempt, response
 * headers and the whole body (including a stream's), so a single deadline is created per attempt and
 * handed to the request factory, which enforces it in both phases.
 */
public final class Deadline {

	private static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

	private final long endNanos;

	private final Duration timeout;

	private Deadline(long endNanos, Duration timeout) {
		this.endNanos = endNanos;
		this.timeout = timeout;
	}

	/**
	 * A deadline {@code timeout} from now; {@link Duration#ZERO} means no deadline.
	 * @param timeout the budget
	 * @return the deadline
	 */
	public static Deadline after(Duration timeout) {
		if (timeout.isZero()) {
			return NONE;
		}
		return new Deadline(System.nanoTime() + timeout.toNanos(), timeout);
	}

	/** @return whether this deadline never passes */
	public boolean isNone() {
		return this == NONE;
	}

	/** @return the whole budget this deadline was created with ({@link Duration#ZERO} for none) */
	public Duration timeout() {
		return this.timeout;
	}

	/** @return the time left, never negative; {@link Duration#ZERO} once passed */
	public Duration remaining() {
		if (isNone()) {
			throw new IllegalStateException("No deadline");
		}
		long left = this.endNanos - System.nanoTime();
		return (left > 0) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	/** @return whether the deadline has passed */
	public boolean isExpired() {
		return !isNone() && this.endNanos - System.nanoTime() <= 0;
	}

}
