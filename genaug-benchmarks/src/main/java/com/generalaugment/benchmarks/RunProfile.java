package com.generalaugment.benchmarks;

import java.time.Duration;

/**
 * How long each measurement runs. On 2 shared cores the JIT competes with the benchmark, so the full
 * profile warms every JVM for 30 s before it measures (build notes, trap 14); the quick one trades
 * precision for a run of a few minutes. The full profile also launches each JMH contender three times:
 * one launch of the same JVM and code lands 30% faster or slower than the next here, raw baseline
 * included, so one fork per contender makes a ratio a coin toss.
 *
 * @param name the profile's name in the report
 * @param forks JMH forks (JVM launches) per contender and thread count
 * @param warmupIterations JMH warm-up iterations per fork
 * @param warmupTime the length of one warm-up iteration
 * @param iterations JMH measurement iterations per fork
 * @param iterationTime the length of one measurement iteration
 * @param loadWarmup the warm-up of the proxy app before part 3 measures (its JIT needs about a minute
 * of load on 2 cores to settle)
 * @param loadTime the measured length of a load-driver run
 * @param startups the start-ups measured per variant (part 5)
 */
public record RunProfile(String name, int forks, int warmupIterations, Duration warmupTime, int iterations,
		Duration iterationTime, Duration loadWarmup, Duration loadTime, int startups) {

	/** The default: adequate warm-up on 2 cores. */
	public static final RunProfile FULL = new RunProfile("full", 3, 3, Duration.ofSeconds(10), 2, Duration.ofSeconds(5),
			Duration.ofSeconds(60), Duration.ofSeconds(10), 11);

	/** {@code --quick}: the same harness, short enough to run while developing. */
	public static final RunProfile QUICK = new RunProfile("quick", 1, 2, Duration.ofSeconds(3), 1, Duration.ofSeconds(3),
			Duration.ofSeconds(8), Duration.ofSeconds(3), 1);

	/** @return about the seconds the JMH forks of one contender take, each fork's JVM start-up (~3 s) included */
	public long contenderSeconds() {
		return this.forks * (3 + this.warmupIterations * this.warmupTime.toSeconds()
				+ this.iterations * this.iterationTime.toSeconds());
	}

}
