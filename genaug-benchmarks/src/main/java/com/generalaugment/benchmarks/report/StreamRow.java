package com.generalaugment.benchmarks.report;

import java.util.List;

import com.generalaugment.benchmarks.contenders.ContenderKind;

/**
 * Part 2: one contender reading 2,002-event streams.
 *
 * @param contender the contender
 * @param eventsPerSecond events parsed per second, over every fork's samples
 * @param forkEventsPerSecond the same for each fork (JVM launch) on its own, in the order they ran
 * @param firstEventP50Micros the median time from the call to the first event
 * @param firstEventP99Micros the 99th percentile of it
 * @param cpuNanosPerEvent CPU time of the contender's JVM per event
 */
public record StreamRow(ContenderKind contender, double eventsPerSecond, List<Double> forkEventsPerSecond,
		double firstEventP50Micros, double firstEventP99Micros, double cpuNanosPerEvent) {

	public StreamRow {
		forkEventsPerSecond = List.copyOf(forkEventsPerSecond);
	}

}
