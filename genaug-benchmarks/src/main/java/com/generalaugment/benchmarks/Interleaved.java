package com.generalaugment.benchmarks;

import java.util.Locale;

import com.generalaugment.benchmarks.contenders.Contender;
import com.generalaugment.benchmarks.contenders.ContenderKind;
import com.generalaugment.benchmarks.report.Report;

/**
 * Part 6, a cross-check of parts 1 and 2 that noise cannot skew: genaug-client and the raw JDK call
 * run in one JVM, taking turns in one-second windows (which goes first alternates), so both see the
 * same JIT state, the same neighbours and the same upstream. Separate JMH forks measured minutes apart
 * can differ by 10 to 20 points on a shared 2-core machine; windows taken turn about cannot.
 */
final class Interleaved {

	private static final long WINDOW_NANOS = 1_000_000_000L;

	private final int warmupRounds;

	private final int measuredRounds;

	private final String upstream;

	Interleaved(RunProfile profile, String upstream) {
		boolean full = profile == RunProfile.FULL;
		this.warmupRounds = full ? 15 : 4;
		this.measuredRounds = full ? 25 : 6;
		this.upstream = upstream;
	}

	/** @return the seconds one measure takes */
	long seconds() {
		return 2L * (this.warmupRounds + this.measuredRounds);
	}

	/**
	 * Measure calls, then streams, and add the table and the two targets to the report.
	 * @param report the report
	 */
	void addTo(Report report) {
		try (Contender raw = ContenderKind.RAW.create(this.upstream);
				Contender genaug = ContenderKind.GENAUG.create(this.upstream)) {
			double[] calls = measure(raw, genaug, false);
			double[] events = measure(raw, genaug, true);
			StringBuilder table = new StringBuilder("### 6. Cross-check: genaug-client and raw taking turns in one JVM\n\n")
				.append(String.format(Locale.ROOT, "%d one-second windows each, turn about, after %d each of warm-up.%n%n",
						this.measuredRounds, this.warmupRounds))
				.append("| measure | raw JDK HttpClient /s | genaug-client /s | genaug-client vs raw |\n")
				.append("|---|---:|---:|---:|\n")
				.append(String.format(Locale.ROOT, "| createResponse calls, 1 thread | %,.0f | %,.0f | %s |%n", calls[0],
						calls[1], Report.ratio(calls[1], calls[0])))
				.append(String.format(Locale.ROOT, "| stream events parsed, 1 thread | %,.0f | %,.0f | %s |%n", events[0],
						events[1], Report.ratio(events[1], events[0])));
			report.section(table.toString());
			report.target("client throughput, 1 thread, turn about", "≥ 0.90x raw", Report.ratio(calls[1], calls[0]),
					calls[1] >= 0.9 * calls[0]);
			report.target("stream parsing, turn about", "≥ 0.90x raw events/s", Report.ratio(events[1], events[0]),
					events[1] >= 0.9 * events[0]);
		}
	}

	/** @return the rate of raw and of genaug-client over the measured windows: calls/s, or events/s */
	private double[] measure(Contender raw, Contender genaug, boolean streams) {
		Contender[] contenders = { raw, genaug };
		long[] units = new long[2];
		long[] nanos = new long[2];
		for (int round = 0; round < this.warmupRounds + this.measuredRounds; round++) {
			for (int turn = 0; turn < 2; turn++) {
				int which = (round % 2 == 0) ? turn : 1 - turn;
				long start = System.nanoTime();
				long end = start + WINDOW_NANOS;
				long done = 0;
				long now;
				do {
					done += streams ? contenders[which].streamResponse().events() : once(contenders[which]);
					now = System.nanoTime();
				}
				while (now < end);
				if (round >= this.warmupRounds) {
					units[which] += done;
					nanos[which] += now - start;
				}
			}
		}
		return new double[] { units[0] * 1e9 / nanos[0], units[1] * 1e9 / nanos[1] };
	}

	private static int once(Contender contender) {
		contender.createResponse();
		return 1;
	}

}
