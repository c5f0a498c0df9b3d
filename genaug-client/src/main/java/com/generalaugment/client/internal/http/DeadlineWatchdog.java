package com.generalaugment.client.internal.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;


/**
 * Runs an action when a deadline passes, for the bodies of calls still being read at their deadline.
 *
 * <p>Nearly every watch is cancelled long before it fires, so watching must be cheap: one daemon
 * thread looks at the open watches every {@link #TICK}, and watching or cancelling is an add or a
 * remove in a concurrent set that never wakes a thread. A {@code ScheduledThreadPoolExecutor} instead
 * woke its thread on almost every call — each new task became the head of its emptied queue — which
 * cost a context switch per call. The price is precision: an action runs up to one tick late, nothing
 * next to timeouts counted in seconds. The thread parks when nothing has been watched for a second.
 */
public final class DeadlineWatchdog {

	/** How often open watches are checked. */
	static final Duration TICK = Duration.ofMillis(10);

	private static final System.Logger logger = System.getLogger(DeadlineWatchdog.class.getName());

	private static final long IDLE_NANOS = Duration.ofSeconds(1).toNanos();

	private final Set<Watch> watches = ConcurrentHashMap.newKeySet();

	private final Thread thread;

	private volatile boolean parked;

	private DeadlineWatchdog() {
		this.thread = new Thread(this::run, "genaug-deadline-watchdog");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** @return the watchdog shared by every client in this JVM, started on first use */
	public static DeadlineWatchdog shared() {
		return Shared.INSTANCE;
	}

	/**
	 * Run an action once the time left has passed, unless the returned watch is cancelled first.
	 * @param left the time left
	 * @param action what to do then; runs on the watchdog thread, so it must be quick
	 * @return the watch
	 */
	public Watch watch(Duration left, Runnable action) {
		Watch watch = new Watch(System.nanoTime() + left.toNanos(), action);
		this.watches.add(watch);
		if (this.parked) {
			LockSupport.unpark(this.thread);
		}
		return watch;
	}

	private void run() {
		long lastBusy = System.nanoTime();
		while (true) {
			if (this.watches.isEmpty() && System.nanoTime() - lastBusy > IDLE_NANOS) {
				this.parked = true;
				// Checked again once parked is visible, so a watch added meanwhile is never missed: either
				// this sees it, or its caller sees parked and unparks.
				if (this.watches.isEmpty()) {
					LockSupport.park(this);
				}
				this.parked = false;
			}
			LockSupport.parkNanos(this, TICK.toNanos());
			long now = System.nanoTime();
			if (!this.watches.isEmpty()) {
				lastBusy = now;
				for (Watch watch : this.watches) {
					if (now - watch.endNanos >= 0 && this.watches.remove(watch)) {
						fire(watch);
					}
				}
			}
		}
	}

	private static void fire(Watch watch) {
		try {
			watch.action.run();
		}
		catch (RuntimeException ex) {
			logger.log(System.Logger.Level.WARNING, "A deadline action failed", ex);
		}
	}

	/** One watched deadline. */
	public final class Watch {

		private final long endNanos;

		private final Runnable action;

		private Watch(long endNanos, Runnable action) {
			this.endNanos = endNanos;
			this.action = action;
		}

		/** Do not run the action; nothing happens if it ran already. */
		public void cancel() {
			DeadlineWatchdog.this.watches.remove(this);
		}

	}

	private static final class Shared {

		static final DeadlineWatchdog INSTANCE = new DeadlineWatchdog();

	}

}
