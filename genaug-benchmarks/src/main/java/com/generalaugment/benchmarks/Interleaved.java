package com.generalaugment.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>Each window also counts the CPU time and the bytes allocated by every thread of the JVM but the
 * upstream's (the callers and the JDK client's selector threads), per call or event, so that what one
 * contender spends over the other is measured where it is spent.
 */
final class Interleaved {

	private static final long WINDOW_NANOS = 1_000_000_000L;

	/** The threads of part 1's wide measure. */
	private static final int WIDE = 16;

	private final int warmupRounds;

	private final int measuredRounds;

	private final String upstream;

	private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

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
			String cpuRatio = Report.ratio(wideCalls[3], wideCalls[2]);
			String allocRatio = Report.ratio(wideCalls[5], wideCalls[4]);
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
						events[1], Report.ratio(events[1], events[0])))
				.append("\nWhat each spends per call (all JVM threads but the upstream's, same windows):\n\n")
				.append("| measure | raw JDK HttpClient | genaug-client | genaug-client vs raw |\n")
				.append("|---|---:|---:|---:|\n")
				.append(String.format(Locale.ROOT, "| CPU µs per call, 1 thread | %.1f | %.1f | %s |%n", calls[2] / 1e3,
						calls[3] / 1e3, Report.ratio(calls[3], calls[2])))
				.append(String.format(Locale.ROOT, "| CPU µs per call, %d threads | %.1f | %.1f | %s |%n", WIDE,
						wideCalls[2] / 1e3, wideCalls[3] / 1e3, cpuRatio))
				.append(String.format(Locale.ROOT, "| KiB allocated per call, 1 thread | %.1f | %.1f | %s |%n",
						calls[4] / 1024, calls[5] / 1024, Report.ratio(calls[5], calls[4])))
				.append(String.format(Locale.ROOT, "| KiB allocated per call, %d threads | %.1f | %.1f | %s |%n", WIDE,
						wideCalls[4] / 1024, wideCalls[5] / 1024, allocRatio));
			report.section(table.toString());
			report.target("client throughput, 1 thread, turn about", "≥ 0.90x raw", Report.ratio(calls[1], calls[0]),
					calls[1] >= 0.9 * calls[0]);
			report.target("client throughput, " + WIDE + " threads, turn about", "≥ 0.85x raw",
					Report.ratio(wideCalls[1], wideCalls[0]), wideCalls[1] >= 0.85 * wideCalls[0]);
			report.target("stream parsing, turn about", "≥ 0.90x raw events/s", Report.ratio(events[1], events[0]),
					events[1] >= 0.9 * events[0]);
			report.target("client CPU per call, " + WIDE + " threads, turn about", "≤ 1.05x raw", cpuRatio,
					wideCalls[3] <= 1.05 * wideCalls[2]);
			report.target("client allocation per call, " + WIDE + " threads, turn about", "≤ 1.15x raw", allocRatio,
					wideCalls[5] <= 1.15 * wideCalls[4]);
		}
	}

	/**
	 * @return the rate of raw and of genaug-client over the measured windows, all threads together
	 * (calls/s, or events/s), then the CPU nanoseconds and the bytes allocated per unit of each
	 */
	private double[] measure(Contender raw, Contender genaug, int threads, boolean streams) {
		Contender[] contenders = { raw, genaug };
		long[] units = new long[2];
		long[] nanos = new long[2];
		long[] cpu = new long[2];
		long[] allocated = new long[2];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < this.warmupRounds + this.measuredRounds; round++) {
				for (int turn = 0; turn < 2; turn++) {
					int which = (round % 2 == 0) ? turn : 1 - turn;
					Contender contender = contenders[which];
					Map<Long, long[]> before = usage();
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
						long[] spent = spentSince(before);
						units[which] += done;
						nanos[which] += last - start;
						cpu[which] += spent[0];
						allocated[which] += spent[1];
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new double[] { units[0] * 1e9 / nanos[0], units[1] * 1e9 / nanos[1], (double) cpu[0] / units[0],
				(double) cpu[1] / units[1], (double) allocated[0] / units[0], (double) allocated[1] / units[1] };
	}

	/** @return each thread's CPU nanoseconds and allocated bytes so far, by id, the upstream's left out */
	private Map<Long, long[]> usage() {
		Map<Long, long[]> usage = new HashMap<>();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (!thread.getName().startsWith("upstream-")) {
				long id = thread.getId();
				usage.put(id, new long[] { this.threads.getThreadCpuTime(id), this.threads.getThreadAllocatedBytes(id) });
			}
		}
		return usage;
	}

	/** @return the CPU nanoseconds and bytes spent since {@code before}, by threads alive now */
	private long[] spentSince(Map<Long, long[]> before) {
		long cpu = 0;
		long allocated = 0;
		for (Map.Entry<Long, long[]> now : usage().entrySet()) {
			long[] then = before.getOrDefault(now.getKey(), new long[2]);
			cpu += Math.max(0, now.getValue()[0] - then[0]);
			allocated += Math.max(0, now.getValue()[1] - then[1]);
		}
		return new long[] { cpu, allocated };
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
