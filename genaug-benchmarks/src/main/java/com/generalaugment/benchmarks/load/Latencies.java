package com.generalaugment.benchmarks.load;

import java.util.Arrays;

/**
 * A sorted set of latency samples (nanoseconds) and its percentiles, by nearest rank: every sample is
 * kept, so no histogram error bound is needed.
 */
public final class Latencies {

	private final long[] sorted;

	private Latencies(long[] sorted) {
		this.sorted = sorted;
	}

	/**
	 * Wrap samples.
	 * @param samples the samples in nanoseconds; copied
	 * @param count how many of them are valid
	 * @return the latencies
	 */
	public static Latencies of(long[] samples, int count) {
		long[] copy = Arrays.copyOf(samples, count);
		Arrays.sort(copy);
		return new Latencies(copy);
	}

	/** @return the number of samples */
	public int count() {
		return this.sorted.length;
	}

	/**
	 * A percentile.
	 * @param percent from 0 (exclusive) to 100
	 * @return the smallest sample with at least {@code percent}% of samples at or below it, in
	 * microseconds; NaN without samples
	 */
	public double percentileMicros(double percent) {
		if (this.sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * this.sorted.length);
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))] / 1_000.0;
	}

	/** @return the mean in microseconds; NaN without samples */
	public double meanMicros() {
		if (this.sorted.length == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (long sample : this.sorted) {
			sum += sample;
		}
		return sum / this.sorted.length / 1_000.0;
	}

}
