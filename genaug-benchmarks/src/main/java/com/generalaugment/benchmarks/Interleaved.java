package com.generalaugment.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	/** The threads of part 1's wide measure. */
	private static final int WIDE = 16;

	private final int warmupRounds;

	private final int measuredRounds;

	private final String upstream;

	Interleaved(RunProfile profile, String upstream) {
		boolean full = profile == RunProfile.FULL;
		this.warmupRounds = full ? 15 : 4;
		this.measuredRounds = full ? 25 : 6;
		this.upstream = upstream;
	}

	/** @return the seconds all the measures take */
	long seconds() {
		return 3 * 2L * (this.warmupRounds + this.measuredRounds);
	}

	/**
	 * Measure calls, then streams, and add the table and the two targets to the report.
	 * @param report the report
	 */
	void addTo(Report report) {
		try (Contender raw = ContenderKind.RAW.create(this.upstream);
				Contender genaug = ContenderKind.GENAUG.create(this.upstream)) {
			double[] calls = measure(raw, genaug, 1, false);
			double[] wideCalls = measure(raw, genaug, WIDE, false);
			double[] events = measure(raw, genaug, 1, true);
			StringBuilder table = new StringBuilder("### 6. Cross-check: genaug-client and raw taking turns in one JVM\n\n")
				.append(String.format(Locale.ROOT, "%d one-second windows each, turn about, after %d each of warm-up.%n%n",
						this.measuredRounds, this.warmupRounds))
				.append("| measure | raw JDK HttpClient /s | genaug-client /s | genaug-client vs raw |\n")
				.append("|---|---:|---:|---:|\n")
				.append(String.format(Locale.ROOT, "| createResponse calls, 1 thread | %,.0f | %,.0f | %s |%n", calls[0],
						calls[1], Report.ratio(calls[1], calls[0])))
				.append(String.format(Locale.ROOT, "| createResponse calls, %d threads | %,.0f | %,.0f | %s |%n", WIDE,
						wideCalls[0], wideCalls[1], Report.ratio(wideCalls[1], wideCalls[0])))
				.append(String.format(Locale.ROOT, "| stream events parsed, 1 thread | %,.0f | %,.0f | %s |%n", events[0],
						events[1], Report.ratio(events[1], events[0])));
			report.section(table.toString());
			report.target("client throughput, 1 thread, turn about", "≥ 0.90x raw", Report.ratio(calls[1], calls[0]),
					calls[1] >= 0.9 * calls[0]);
			report.target("client throughput, " + WIDE + " threads, turn about", "≥ 0.85x raw",
					Report.ratio(wideCalls[1], wideCalls[0]), wideCalls[1] >= 0.85 * wideCalls[0]);
			report.target("stream parsing, turn about", "≥ 0.90x raw events/s", Report.ratio(events[1], events[0]),
					events[1] >= 0.9 * events[0]);
		}
	}

	/**
	 * @return the rate of raw and of genaug-client over the measured windows, all threads together:
	 * calls/s, or events/s
	 */
	private double[] measure(Contender raw, Contender genaug, int threads, boolean streams) {
		Contender[] contenders = { raw, genaug };
		long[] units = new long[2];
		long[] nanos = new long[2];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < this.warmupRounds + this.measuredRounds; round++) {
				for (int turn = 0; turn < 2; turn++) {
					int which = (round % 2 == 0) ? turn : 1 - turn;
					Contender contender = contenders[which];
					long start = System.nanoTime();
					long end = start + WINDOW_NANOS;
					List<Future<long[]>> windows = new ArrayList<>();
					for (int thread = 0; thread < threads; thread++) {
						windows.add(pool.submit(() -> window(contender, streams, end)));
					}
					long done = 0;
					long last = end;
					for (Future<long[]> window : windows) {
						long[] result = join(window);
						done += result[0];
						last = Math.max(last, result[1]);
					}
					if (round >= this.warmupRounds) {
						units[which] += done;
						nanos[which] += last - start;
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new double[] { units[0] * 1e9 / nanos[0], units[1] * 1e9 / nanos[1] };
	}

	/** @return the units done by one thread in one window, and when it stopped */
	private static long[] window(Contender contender, boolean streams, long end) {
		long done = 0;
		long now;
		do {
			done += streams ? contender.streamResponse().events() : once(contender);
			now = System.nanoTime();
		}
		while (now < end);
		return new long[] { done, now };
	}

	private static long[] join(Future<long[]> window) {
		try {
			return window.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A benchmark call failed", ex.getCause());
		}
	}

	private static int once(Contender contender) {
		contender.createResponse();
		return 1;
	}

}
