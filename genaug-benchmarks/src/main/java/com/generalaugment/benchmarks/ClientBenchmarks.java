package com.generalaugment.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.benchmarks.contenders.ContenderKind;
import com.generalaugment.benchmarks.jmh.CallBenchmark;
import com.generalaugment.benchmarks.jmh.CpuTimeProfiler;
import com.generalaugment.benchmarks.jmh.FirstEventLog;
import com.generalaugment.benchmarks.jmh.StreamBenchmark;
import com.generalaugment.benchmarks.jmh.Upstream;
import com.generalaugment.benchmarks.load.Latencies;
import com.generalaugment.benchmarks.report.CallRow;
import com.generalaugment.benchmarks.report.StreamRow;
import com.generalaugment.benchmarks.upstream.FixedReplyServer.StreamShape;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Parts 1 and 2 through JMH: {@link RunProfile#forks()} forks (JVMs) per contender and thread count,
 * taking turns, against the upstream of the launching JVM. A row's rate pools every fork's samples;
 * each fork's own rate is kept beside it, since launches of one JVM differ here by more than contenders
 * do. Each fork's JMH log is {@code jmh/<part>-<round>-<contender>.log} in the results folder.
 */
final class ClientBenchmarks {

	private final RunProfile profile;

	private final String upstream;

	private final Path results;

	ClientBenchmarks(RunProfile profile, String upstream, Path results) {
		this.profile = profile;
		this.upstream = upstream;
		this.results = results;
	}

	List<CallRow> calls(int threads) {
		List<RunResult> runs = run(CallBenchmark.class, threads, "part1-" + threads + "t");
		List<CallRow> rows = new ArrayList<>();
		for (RunResult run : runs) {
			Result<?> primary = run.getPrimaryResult();
			double meanMicros = primary.getStatistics().getMean();
			rows.add(new CallRow(kind(run), threads, threads * 1_000_000.0 / meanMicros,
					perFork(run, threads * 1_000_000.0), primary.getStatistics().getPercentile(50),
					primary.getStatistics().getPercentile(99), secondary(run, "gc.alloc.rate.norm"),
					secondary(run, "cpu.time.norm")));
		}
		return rows;
	}

	List<StreamRow> streams() {
		int events = StreamShape.FAST.deltas() + 2;
		for (ContenderKind kind : ContenderKind.values()) {
			deleteIfExists(FirstEventLog.file(this.results, kind.name()));
		}
		List<RunResult> runs = run(StreamBenchmark.class, 1, "part2");
		List<StreamRow> rows = new ArrayList<>();
		for (RunResult run : runs) {
			ContenderKind kind = kind(run);
			double meanMicros = run.getPrimaryResult().getStatistics().getMean();
			Latencies firstEvent = readFirstEvents(kind);
			rows.add(new StreamRow(kind, events * 1_000_000.0 / meanMicros, perFork(run, events * 1_000_000.0),
					firstEvent.percentileMicros(50), firstEvent.percentileMicros(99),
					secondary(run, "cpu.time.norm") * 1_000.0 / events));
		}
		return rows;
	}

	// The forks take turns: contender after contender, round after round, each round starting one
	// contender further on. A machine that drifts over the minutes a part takes (neighbours, clock
	// speed) then weighs on every contender alike; all forks of one contender in a row, as a single JMH
	// run makes them, put the drift between contenders (measured: raw's three forks first at 150-190 us
	// a call, genaug-client's next at 200-255, while taking turns in one JVM put them within 10%).
	private List<RunResult> run(Class<?> benchmark, int threads, String log) {
		Map<ContenderKind, List<RunResult>> forks = new EnumMap<>(ContenderKind.class);
		List<List<ContenderKind>> rounds = turns(this.profile.forks());
		for (int round = 0; round < rounds.size(); round++) {
			for (ContenderKind kind : rounds.get(round)) {
				forks.computeIfAbsent(kind, (key) -> new ArrayList<>())
					.add(runFork(benchmark, threads, kind, log + "-" + (round + 1) + "-" + kind.name()));
			}
		}
		return forks.values().stream().map(ClientBenchmarks::merge).toList();
	}

	/**
	 * The order the forks run in: every contender once a round, each round starting one contender
	 * further on, so over as many rounds as contenders each contender runs once in every position.
	 * @param rounds the forks per contender
	 * @return the contenders of each round, in order
	 */
	static List<List<ContenderKind>> turns(int rounds) {
		ContenderKind[] kinds = ContenderKind.values();
		List<List<ContenderKind>> turns = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			List<ContenderKind> order = new ArrayList<>();
			for (int turn = 0; turn < kinds.length; turn++) {
				order.add(kinds[(turn + round) % kinds.length]);
			}
			turns.add(List.copyOf(order));
		}
		return List.copyOf(turns);
	}

	private static RunResult merge(List<RunResult> forks) {
		return new RunResult(forks.get(0).getParams(),
				forks.stream().flatMap((fork) -> fork.getBenchmarkResults().stream()).toList());
	}

	private RunResult runFork(Class<?> benchmark, int threads, ContenderKind kind, String log) {
		Path output = this.results.resolve("jmh").resolve(log + ".log");
		ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName())
			.param("contender", kind.name())
			.threads(threads)
			.forks(1)
			.warmupIterations(this.profile.warmupIterations())
			.warmupTime(TimeValue.milliseconds(this.profile.warmupTime().toMillis()))
			.measurementIterations(this.profile.iterations())
			.measurementTime(TimeValue.milliseconds(this.profile.iterationTime().toMillis()))
			.jvmArgsAppend("-Xms1g", "-Xmx1g", BenchmarkMain.LOGBACK, "-D" + Upstream.BASE_URL_PROPERTY + "=" + this.upstream,
					"-D" + Upstream.RESULTS_DIR_PROPERTY + "=" + this.results)
			.addProfiler(GCProfiler.class)
			.addProfiler(CpuTimeProfiler.class)
			.shouldFailOnError(true)
			.output(output.toString());
		try {
			Files.createDirectories(output.getParent());
			return new Runner(options.build()).runSingle();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RunnerException ex) {
			throw new IllegalStateException("JMH failed; see " + output, ex);
		}
	}

	private Latencies readFirstEvents(ContenderKind kind) {
		try {
			long[] samples = Files.readAllLines(FirstEventLog.file(this.results, kind.name()))
				.stream()
				.mapToLong(Long::parseLong)
				.toArray();
			return Latencies.of(samples, samples.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Each fork's rate: work per operation over that fork's mean time per operation (µs).
	private static List<Double> perFork(RunResult run, double workMicros) {
		return run.getBenchmarkResults()
			.stream()
			.map((fork) -> workMicros / fork.getPrimaryResult().getStatistics().getMean())
			.toList();
	}

	private static void deleteIfExists(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double secondary(RunResult run, String name) {
		Result<?> result = run.getSecondaryResults().get(name);
		return (result != null) ? result.getScore() : Double.NaN;
	}

	private static ContenderKind kind(RunResult run) {
		return ContenderKind.valueOf(run.getParams().getParam("contender"));
	}

}
