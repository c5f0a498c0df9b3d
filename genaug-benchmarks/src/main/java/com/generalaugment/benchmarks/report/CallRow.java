package com.generalaugment.benchmarks.report;

import java.util.List;

import com.generalaugment.benchmarks.contenders.ContenderKind;

/**
 * Part 1: one contender at one thread count.
 *
 * @param contender the contender
 * @param threads the calling threads
 * @param opsPerSecond calls per second, all threads together, over every fork's samples
 * @param forkOpsPerSecond the same for each fork (JVM launch) on its own, in the order they ran
 * @param p50Micros the median call latency
 * @param p99Micros the 99th percentile call latency
 * @param allocBytes bytes allocated per call ({@code gc.alloc.rate.norm}), whole JVM
 * @param cpuMicros CPU time of the contender's JVM per call
 */
public record CallRow(ContenderKind contender, int threads, double opsPerSecond, List<Double> forkOpsPerSecond,
		double p50Micros, double p99Micros, double allocBytes, double cpuMicros) {

	public CallRow {
		forkOpsPerSecond = List.copyOf(forkOpsPerSecond);
	}

}
