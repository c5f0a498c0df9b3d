package com.generalaugment.benchmarks.proxy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.generalaugment.benchmarks.report.Report;

/**
 * Part 5: the benchmark app started with the starter (proxy on) and the very same app with the jars only
 * the starter needs left off the class path, alternately, after one discarded start that warms the file
 * cache. Medians of Spring Boot's start-up time ({@code ApplicationReadyEvent}), of the JVM's uptime
 * at that moment and of the heap in use after a GC.
 */
public final class Startup {

	private Startup() {
	}

	/**
	 * Run part 5.
	 * @param starts starts per variant
	 * @param upstream an upstream base URL for the starter's settings (not called at start-up)
	 * @param classpaths the app's class paths
	 * @param results the results folder (app logs)
	 * @return the medians
	 */
	public static Result run(int starts, String upstream, Classpaths classpaths, Path results) {
		start(classpaths.withStarter(), upstream, results.resolve("app-part5-warm.log")).close();
		long[][] with = new long[3][starts];
		long[][] without = new long[3][starts];
		for (int i = 0; i < starts; i++) {
			boolean starterFirst = i % 2 == 0;
			measure(starterFirst ? with : without, i, starterFirst ? classpaths.withStarter() : classpaths.withoutStarter(),
					upstream, results);
			measure(starterFirst ? without : with, i, starterFirst ? classpaths.withoutStarter() : classpaths.withStarter(),
					upstream, results);
		}
		return new Result(median(with[0]), median(without[0]), median(with[1]), median(without[1]), median(with[2]),
				median(without[2]), starts, new ArrayList<>(classpaths.starterJars()));
	}

	private static void measure(long[][] into, int index, String classpath, String upstream, Path results) {
		try (AppProcess app = start(classpath, upstream, results.resolve("app-part5.log"))) {
			into[0][index] = app.startedMillis();
			into[1][index] = app.jvmMillis();
			into[2][index] = app.heapAfterGc();
		}
	}

	private static AppProcess start(String classpath, String upstream, Path log) {
		return AppProcess.start(BenchApp.currentJava(), classpath, BenchApp.jvmOptions(), BenchApp.arguments(upstream, false),
				log);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/**
	 * Part 5's medians.
	 *
	 * @param startedWith Spring Boot start-up time with the starter, ms
	 * @param startedWithout the same without it, ms
	 * @param jvmWith JVM uptime when ready, with the starter, ms
	 * @param jvmWithout the same without it, ms
	 * @param heapWith heap in use after a GC once ready, with the starter, bytes
	 * @param heapWithout the same without it, bytes
	 * @param starts starts per variant
	 * @param starterJars the jars left off without the starter
	 */
	public record Result(long startedWith, long startedWithout, long jvmWith, long jvmWithout, long heapWith,
			long heapWithout, int starts, List<String> starterJars) {

		/**
		 * Add the part's table and target.
		 * @param report the report
		 */
		public void addTo(Report report) {
			String table = "### 5. Start-up: the app with the starter vs without it\n\n"
					+ "Medians of " + this.starts + " alternating starts each (Java " + Runtime.version().feature()
					+ ", `-Xmx1g`). Without the starter the class path lacks " + String.join(", ", this.starterJars)
					+ ".\n\n| app | context started ms | JVM uptime when ready ms | heap after GC MB |\n|---|---:|---:|---:|\n"
					+ String.format(Locale.ROOT, "| without the starter | %d | %d | %.1f |%n", this.startedWithout,
							this.jvmWithout, this.heapWithout / 1048576.0)
					+ String.format(Locale.ROOT, "| with the starter (proxy on) | %d | %d | %.1f |%n", this.startedWith,
							this.jvmWith, this.heapWith / 1048576.0)
					+ String.format(Locale.ROOT, "| with vs without | %s | %s | %s |%n",
							Report.ratio(this.startedWith, this.startedWithout), Report.ratio(this.jvmWith, this.jvmWithout),
							Report.ratio(this.heapWith, this.heapWithout));
			report.section(table);
			double ratio = (double) this.startedWith / this.startedWithout;
			report.target("start-up time added by the starter", "< 10%",
					String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100), ratio < 1.10);
		}

	}

}
