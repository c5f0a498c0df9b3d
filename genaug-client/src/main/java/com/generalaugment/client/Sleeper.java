package com.generalaugment.client;

import java.time.Duration;

/**
 * Waits between retry attempts. Injectable so tests observe the exact delays without waiting.
 */
@FunctionalInterface
public interface Sleeper {

	/** Sleeps on the calling thread with {@link Thread#sleep(long)}. */
	Sleeper THREAD_SLEEP = (duration) -> Thread.sleep(duration.toMillis());

	/**
	 * Wait for the given time.
	 * @param duration how long
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	void sleep(Duration duration) throws InterruptedException;

}
