package com.generalaugment.client.internal.http;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deadline's interrupt ends a wait at the deadline and never outlives the call; an interrupt of
 * the application's own is left alone.
 */
class DeadlineInterruptTests {

	@AfterEach
	void clearInterrupt() {
		Thread.interrupted();
	}

	@Test
	void interruptsTheWaitAtTheDeadlineAndDisarmClearsIt() {
		DeadlineInterrupt interrupt = DeadlineInterrupt.arm(Deadline.after(Duration.ofMillis(100)));
		long start = System.nanoTime();

		assertThatThrownBy(() -> Thread.sleep(5000)).isInstanceOf(InterruptedException.class);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(90), Duration.ofSeconds(2));
		assertThat(interrupt.disarm()).isTrue();
		assertThat(interrupt.disarm()).isTrue();
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
	}

	@Test
	void interruptThatLandsAfterTheWaitIsClearedByDisarm() throws InterruptedException {
		DeadlineInterrupt interrupt = DeadlineInterrupt.arm(Deadline.after(Duration.ofMillis(50)));
		long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
		while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
			Thread.onSpinWait();
		}

		assertThat(interrupt.disarm()).isTrue();
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
	}

	@Test
	void disarmedBeforeTheDeadlineNeverInterrupts() throws InterruptedException {
		DeadlineInterrupt interrupt = DeadlineInterrupt.arm(Deadline.after(Duration.ofMillis(100)));

		assertThat(interrupt.disarm()).isFalse();
		Thread.sleep(300);
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
	}

	@Test
	void disarmLeavesTheApplicationsOwnInterrupt() {
		DeadlineInterrupt interrupt = DeadlineInterrupt.arm(Deadline.after(Duration.ofSeconds(5)));
		Thread.currentThread().interrupt();

		assertThat(interrupt.disarm()).isFalse();
		assertThat(Thread.currentThread().isInterrupted()).isTrue();
	}

}
