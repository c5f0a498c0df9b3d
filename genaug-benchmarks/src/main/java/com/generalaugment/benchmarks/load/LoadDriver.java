package com.generalaugment.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * A closed-loop load driver: {@code clients} threads each call, wait for the answer, and call again. Every
 * call that starts and ends inside the measured window is timed (no sampling, no coordinated-omission
 * correction: a closed loop measures service time at that concurrency, which is what a ratio of two
 * paths needs).
 */
public final class LoadDriver {

	private LoadDriver() {
	}

	/**
	 * Run a load.
	 * @param clients concurrent callers
	 * @param warmup time before measuring
	 * @param measure the measured window
	 * @param call one call; a thrown exception counts as an error
	 * @return what was measured
	 */
	public static LoadResult run(int clients, Duration warmup, Duration measure, Callable<?> call) {
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long measureTo = measureFrom + measure.toNanos();
		AtomicLong errors = new AtomicLong();
		List<Recorder> recorders = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Recorder recorder = new Recorder();
			recorders.add(recorder);
			Thread thread = new Thread(() -> {
				long now = System.nanoTime();
				while (now < measureTo) {
					long began = now;
					try {
						call.call();
					}
					catch (Exception ex) {
						errors.incrementAndGet();
						recorder.lastError = ex;
					}
					now = System.nanoTime();
					if (began >= measureFrom && now <= measureTo) {
						recorder.add(now - began);
					}
				}
			}, "load-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		long[] all = new long[recorders.stream().mapToInt((recorder) -> recorder.count).sum()];
		int at = 0;
		@Nullable Exception lastError = null;
		for (Recorder recorder : recorders) {
			System.arraycopy(recorder.samples, 0, all, at, recorder.count);
			at += recorder.count;
			lastError = (recorder.lastError != null) ? recorder.lastError : lastError;
		}
		return new LoadResult(clients, measure, Latencies.of(all, all.length), errors.get(), lastError);
	}

	private static final class Recorder {

		private long[] samples = new long[16_384];

		private int count;

		private @Nullable Exception lastError;

		void add(long nanos) {
			if (this.count == this.samples.length) {
				this.samples = Arrays.copyOf(this.samples, this.count * 2);
			}
			this.samples[this.count++] = nanos;
		}

	}

	/**
	 * The outcome of a load.
	 *
	 * @param clients the concurrent callers
	 * @param window the measured window
	 * @param latencies every call completed in the window
	 * @param errors calls that failed, warm-up included
	 * @param lastError one of the failures, for the log
	 */
	public record LoadResult(int clients, Duration window, Latencies latencies, long errors, @Nullable Exception lastError) {

		/** @return calls completed per second in the window */
		public double throughput() {
			return this.latencies.count() / (this.window.toNanos() / 1e9);
		}

	}

}
