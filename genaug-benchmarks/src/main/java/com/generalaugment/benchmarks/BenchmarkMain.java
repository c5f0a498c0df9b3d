package com.generalaugment.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.generalaugment.benchmarks.contenders.Contender;
import com.generalaugment.benchmarks.contenders.ContenderKind;
import com.generalaugment.benchmarks.proxy.Classpaths;
import com.generalaugment.benchmarks.proxy.ConcurrentStreams;
import com.generalaugment.benchmarks.proxy.ProxyOverhead;
import com.generalaugment.benchmarks.proxy.RedisStoreOverhead;
import com.generalaugment.benchmarks.proxy.Startup;
import com.generalaugment.benchmarks.report.CallRow;
import com.generalaugment.benchmarks.report.LatencyChart;
import com.generalaugment.benchmarks.report.Report;
import com.generalaugment.benchmarks.upstream.FixedReplyServer;
import com.generalaugment.benchmarks.upstream.FixedReplyServer.StreamShape;

/**
 * Runs the suite and prints the table of ratios:
 * {@code java -jar genaug-benchmarks/target/genaug-benchmarks.jar [--quick] [--parts 1,2,3,4,5,6,7]}.
 *
 * <p>This JVM hosts the fixed-reply upstream and drives the run; every contender, proxy and sample app
 * runs in a JVM of its own.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	/** Warnings only, for this JVM and the JMH forks (see the file). */
	static final String LOGBACK = "-Dlogback.configurationFile=genaug-benchmarks-logback.xml";

	public static void main(String[] args) {
		System.setProperty("logback.configurationFile", "genaug-benchmarks-logback.xml");
		RunProfile profile = RunProfile.FULL;
		Set<Integer> parts = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7));
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> profile = RunProfile.QUICK;
				case "--parts" -> parts = parseParts(args[++i]);
				default -> {
					System.err.println("Usage: java -jar genaug-benchmarks.jar [--quick] [--parts 1,2,3,4,5,6,7]");
					System.exit(2);
				}
			}
		}
		Path results = resultsDir();
		String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
		int cores = Runtime.getRuntime().availableProcessors();
		Report report = new Report(String.format(Locale.ROOT,
				"## genaug-benchmarks (%s profile, parts %s)%n%nCommand: `java -jar genaug-benchmarks/target/genaug-benchmarks.jar%s`"
						+ " · JDK: %s · %d cores · %s%n",
				profile.name(), parts, (args.length > 0) ? " " + String.join(" ", args) : "", jdk, cores,
				System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		System.out.printf("genaug-benchmarks: %s profile, parts %s, %s, %d cores; logs in %s%n", profile.name(), parts,
				jdk, cores, results);
		long started = System.nanoTime();
		try (FixedReplyServer upstream = FixedReplyServer.start(StreamShape.FAST)) {
			warmUp(upstream, Duration.ofSeconds(profile.warmupTime().toSeconds() * 2));
			ClientBenchmarks clients = new ClientBenchmarks(profile, upstream.baseUrl(), results);
			if (parts.contains(1)) {
				List<CallRow> rows = new ArrayList<>();
				for (int threads : new int[] { 1, 16 }) {
					progress("part 1: createResponse, %d thread(s), %d contenders x ~%d s", threads,
							ContenderKind.values().length, profile.contenderSeconds());
					rows.addAll(clients.calls(threads));
				}
				report.calls(rows);
			}
			if (parts.contains(2)) {
				progress("part 2: streams of %d events, %d contenders x ~%d s", StreamShape.FAST.deltas() + 2,
						ContenderKind.values().length, profile.contenderSeconds());
				report.streams(clients.streams(), StreamShape.FAST.deltas() + 2);
			}
			if (parts.contains(3) || parts.contains(4) || parts.contains(5) || parts.contains(7)) {
				Classpaths classpaths = Classpaths.in(results.getParent());
				if (parts.contains(3)) {
					progress("part 3: direct, relayed and proxied, %s clients, ~%d s", Arrays.toString(new int[] { 1, 32 }),
							profile.loadWarmup().toSeconds() * 23 / 12 + 7 * profile.loadTime().toSeconds() + 20);
					ProxyOverhead.Result proxy = ProxyOverhead.run(profile, upstream.baseUrl(), classpaths, results);
					proxy.addTo(report);
					Path chart = results.resolve("proxy-latency.png");
					LatencyChart.write(proxy.rows()
						.stream()
						.map((row) -> new LatencyChart.Panel(row.clients() + ((row.clients() == 1) ? " client" : " clients"),
								row.direct().latencies(), row.relayed().latencies(), row.proxied().latencies()))
						.toList(), "Proxy latency percentiles: direct, hand-written relay, /ai/responses",
							"Java " + Runtime.version() + ", " + cores + " cores, " + profile.name()
									+ " profile; closed loop, fixed-reply upstream on loopback",
							chart);
					report.section("![Proxy latency percentiles](" + chart.getFileName() + ")\n");
				}
				if (parts.contains(4)) {
					progress("part 4: %s slow streams held open through the proxy", Arrays.toString(new int[] { 200, 1000 }));
					try (FixedReplyServer slow = FixedReplyServer.start(StreamShape.SLOW)) {
						ConcurrentStreams.Row.addTo(ConcurrentStreams.run(slow.baseUrl(), profile == RunProfile.FULL, classpaths,
								results), report);
					}
				}
				if (parts.contains(5)) {
					progress("part 5: start-up with and without the starter, %d starts each", profile.startups());
					Startup.run(profile.startups(), upstream.baseUrl(), classpaths, results).addTo(report);
				}
				if (parts.contains(7)) {
					progress("part 7: the proxy's state in Redis vs in memory, 32 clients, ~%d s",
							profile.loadWarmup().toSeconds() + 4 * profile.loadTime().toSeconds() + 20);
					RedisStoreOverhead.run(profile, upstream.baseUrl(), classpaths, results).addTo(report);
				}
			}
			if (parts.contains(6)) {
				Interleaved interleaved = new Interleaved(profile, upstream.baseUrl());
				progress("part 6: genaug-client and raw turn about in one JVM: calls on 1 and 16 threads, then streams, ~%d s",
						interleaved.seconds());
				interleaved.addTo(report);
			}
		}
		String markdown = report.markdown();
		Path file = report.write(results);
		System.out.println();
		System.out.println(markdown);
		System.out.printf("Written to %s in %d s%n", file, Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	private static Set<Integer> parseParts(String list) {
		Set<Integer> parts = new TreeSet<>();
		for (String part : list.split(",")) {
			parts.add(Integer.parseInt(part.strip()));
		}
		return parts;
	}

	/** The upstream's own code must be compiled before the first contender's fork measures against it. */
	private static void warmUp(FixedReplyServer upstream, Duration duration) {
		progress("warming the upstream for %d s", duration.toSeconds());
		long end = System.nanoTime() + duration.toNanos();
		try (Contender contender = ContenderKind.RAW.create(upstream.baseUrl())) {
			int round = 0;
			while (System.nanoTime() < end) {
				if (round++ % 50 == 0) {
					contender.streamResponse();
				}
				contender.createResponse();
			}
		}
	}

	private static Path resultsDir() {
		try {
			Path jar = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path dir = jar.getParent().resolve("benchmark-results");
			Files.createDirectories(dir);
			return dir.toAbsolutePath();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void progress(String format, Object... args) {
		System.out.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
	}

}
