package com.generalaugment.benchmarks.report;

import com.generalaugment.benchmarks.contenders.ContenderKind;

/**
 * Part 2: one contender reading 2,002-event streams.
 *
 * @param contender the contender
 * @param eventsPerSecond events parsed per second
 * @param firstEventP50Micros the median time from the call to the first event
 * @param firstEventP99Micros the 99th percentile of it
 * @param cpuNanosPerEvent CPU time of the contender's JVM per event
 */
public record StreamRow(ContenderKind contender, double eventsPerSecond, double firstEventP50Micros,
		double firstEventP99Micros, double cpuNanosPerEvent) {
}
