package com.generalaugment.client.internal.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watchdog that cuts bodies at their deadline: it fires on time, never fires a cancelled watch, and
 * wakes from its idle park for a new watch.
 */
class DeadlineWatchdogTests {

	private final DeadlineWatchdog watchdog = DeadlineWatchdog.shared();

	@Test
	void firesOnceTheDeadlinePassesAndNotBefore() throws InterruptedException {
		CountDownLatch fired = new CountDownLatch(1);
		long start = System.nanoTime();
		long[] firedAfter = new long[1];

		this.watchdog.watch(Duration.ofMillis(200), () -> {
			firedAfter[0] = System.nanoTime() - start;
			fired.countDown();
		});

		assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(Duration.ofNanos(firedAfter[0])).isGreaterThanOrEqualTo(Duration.ofMillis(200))
			.isLessThan(Duration.ofMillis(1500));
	}

	@Test
	void aCancelledWatchNeverFires() throws InterruptedException {
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch later = new CountDownLatch(1);

		this.watchdog.watch(Duration.ofMillis(50), runs::incrementAndGet).cancel();
		this.watchdog.watch(Duration.ofMillis(300), later::countDown);

		assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(runs).hasValue(0);
	}

	@Test
	void wakesFromItsIdleParkForANewWatch() throws InterruptedException {
		// Nothing watched for longer than the idle second: the thread is parked without a timeout.
		Thread.sleep(1500);
		CountDownLatch fired = new CountDownLatch(1);

		this.watchdog.watch(Duration.ofMillis(100), fired::countDown);

		assertThat(fired.await(3, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aFailingActionDoesNotStopTheWatchdog() throws InterruptedException {
		CountDownLatch fired = new CountDownLatch(1);

		this.watchdog.watch(Duration.ofMillis(20), () -> {
			throw new IllegalStateException("boom");
		});
		this.watchdog.watch(Duration.ofMillis(200), fired::countDown);

		assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
	}

}
