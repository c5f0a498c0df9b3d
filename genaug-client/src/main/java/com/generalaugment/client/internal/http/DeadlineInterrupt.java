package com.generalaugment.client.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interrupts the calling thread at a deadline, to end a blocking {@code HttpClient.send} that is still
 * waiting for a body: the JDK's request timeout stops once the headers are in, and the JDK answers an
 * interrupted {@code send} by cancelling the exchange and dropping its connection.
 *
 * <p>The interrupt is the watchdog's, not the application's, so it must never outlive the call:
 * {@link #disarm()} either stops it before it happens or waits until it has happened and clears it.
 * An application's own interrupt that lands in the same instant is cleared with it; the call then
 * ends with a timeout all the same.
 */
public final class DeadlineInterrupt {

	private static final int ARMED = 0;

	private static final int FIRING = 1;

	private static final int FIRED = 2;

	private static final int DISARMED = 3;

	private static final int CLEARED = 4;

	private final Thread caller = Thread.currentThread();

	private final AtomicInteger state = new AtomicInteger(ARMED);

	private final DeadlineWatchdog.Watch watch;

	private DeadlineInterrupt(Deadline deadline) {
		this.watch = DeadlineWatchdog.shared().watch(deadline.remaining(), this::fire);
	}

	/**
	 * Arm an interrupt of the current thread at the deadline.
	 * @param deadline the deadline
	 * @return the armed interrupt, to be {@linkplain #disarm() disarmed} by the same thread
	 */
	public static DeadlineInterrupt arm(Deadline deadline) {
		return new DeadlineInterrupt(deadline);
	}

	private void fire() {
		if (this.state.compareAndSet(ARMED, FIRING)) {
			this.caller.interrupt();
			this.state.set(FIRED);
		}
	}

	/**
	 * Stop the interrupt, or clear it if it happened; call from the armed thread, as often as needed.
	 * @return {@code true} when the deadline interrupted the thread
	 */
	public boolean disarm() {
		this.watch.cancel();
		if (this.state.compareAndSet(ARMED, DISARMED)) {
			return false;
		}
		if (this.state.get() == DISARMED) {
			return false;
		}
		while (this.state.get() == FIRING) {
			Thread.onSpinWait();
		}
		if (this.state.compareAndSet(FIRED, CLEARED)) {
			Thread.interrupted();
		}
		return true;
	}

}
