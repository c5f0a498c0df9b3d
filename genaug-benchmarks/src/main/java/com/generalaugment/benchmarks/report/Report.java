package com.generalaugment.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.generalaugment.benchmarks.contenders.ContenderKind;

/**
 * The run's results as Markdown tables of ratios (each contender against the raw JDK baseline, the proxy
 * against the direct call), followed by the targets and whether this run met them. Printed at
 * the end of a run and written to {@code results.md}.
 */
public final class Report {

	private final String title;

	private final List<String> sections = new ArrayList<>();

	private final List<String> targets = new ArrayList<>();

	/**
	 * Start a report.
	 * @param title the first lines: command, profile, JDK, machine
	 */
	public Report(String title) {
		this.title = title;
	}

	/**
	 * Part 1.
	 * @param rows every contender at every thread count
	 */
	public void calls(List<CallRow> rows) {
		StringBuilder table = new StringBuilder("### 1. Client call overhead: `createResponse` round trips\n\n")
			.append("| contender | threads | calls/s | vs raw | each launch vs raw | p50 µs | p99 µs | alloc/call | alloc vs raw | CPU µs/call | CPU vs raw |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (CallRow row : rows) {
			CallRow raw = baseline(rows, row.threads());
			table.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %s | %s | %.0f | %.0f | %s | %s | %.0f | %s |%n",
					row.contender().label(), row.threads(), row.opsPerSecond(), ratio(row.opsPerSecond(), raw.opsPerSecond()),
					ratios(row.forkOpsPerSecond(), raw.opsPerSecond()), row.p50Micros(), row.p99Micros(), bytes(row.allocBytes()), ratio(row.allocBytes(), raw.allocBytes()),
					row.cpuMicros(), ratio(row.cpuMicros(), raw.cpuMicros())));
		}
		this.sections.add(table.toString());
		for (CallRow row : rows) {
			if (row.contender() != ContenderKind.GENAUG) {
				continue;
			}
			CallRow raw = baseline(rows, row.threads());
			double goal = (row.threads() == 1) ? 0.9 : 0.85;
			target("client throughput, " + row.threads() + " thread" + ((row.threads() == 1) ? "" : "s"),
					"≥ " + ratio(goal) + " raw", row.opsPerSecond() / raw.opsPerSecond(), goal, true);
			if (row.threads() == 1) {
				target("client allocation per call", "≤ 2.00x raw", row.allocBytes() / raw.allocBytes(), 2.0, false);
			}
		}
	}

	/**
	 * Part 2.
	 * @param rows every contender
	 * @param events the events of one stream
	 */
	public void streams(List<StreamRow> rows, int events) {
		StreamRow raw = rows.stream().filter((row) -> row.contender() == ContenderKind.RAW).findFirst().orElseThrow();
		StringBuilder table = new StringBuilder("### 2. Streaming: a reply of " + events + " events\n\n")
			.append("| contender | events/s | vs raw | each launch vs raw | first event p50 µs | first event p99 µs | CPU ns/event | CPU vs raw |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (StreamRow row : rows) {
			table.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %.0f | %.0f | %.0f | %s |%n",
					row.contender().label(), row.eventsPerSecond(), ratio(row.eventsPerSecond(), raw.eventsPerSecond()),
					ratios(row.forkEventsPerSecond(), raw.eventsPerSecond()), row.firstEventP50Micros(), row.firstEventP99Micros(), row.cpuNanosPerEvent(),
					ratio(row.cpuNanosPerEvent(), raw.cpuNanosPerEvent())));
		}
		this.sections.add(table.toString());
		rows.stream()
			.filter((row) -> row.contender() == ContenderKind.GENAUG)
			.findFirst()
			.ifPresent((row) -> target("stream parsing", "≥ 0.90x raw events/s",
					row.eventsPerSecond() / raw.eventsPerSecond(), 0.9, true));
	}

	/**
	 * Add a section rendered elsewhere.
	 * @param markdown the section
	 */
	public void section(String markdown) {
		this.sections.add(markdown);
	}

	/**
	 * Record a target and whether the run met it.
	 * @param name what is measured
	 * @param goal the goal as written in the issue
	 * @param measured the measured value as written
	 * @param met whether it was met
	 */
	public void target(String name, String goal, String measured, boolean met) {
		this.targets.add("| " + name + " | " + goal + " | " + measured + " | " + (met ? "met" : "**missed**") + " |");
	}

	private void target(String name, String goal, double measured, double threshold, boolean atLeast) {
		target(name, goal, ratio(measured), atLeast ? measured >= threshold : measured <= threshold);
	}

	/** @return the whole report */
	public String markdown() {
		StringBuilder out = new StringBuilder(this.title).append('\n');
		this.sections.forEach((section) -> out.append(section).append('\n'));
		if (!this.targets.isEmpty()) {
			out.append("### Targets\n\n| target | goal | this run | |\n|---|---|---:|---|\n");
			this.targets.forEach((row) -> out.append(row).append('\n'));
		}
		return out.toString();
	}

	/**
	 * Write {@code results.md}.
	 * @param dir the results folder
	 * @return the file
	 */
	public Path write(Path dir) {
		try {
			return Files.writeString(dir.resolve("results.md"), markdown());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Format a ratio the way the docs write them.
	 * @param value the value
	 * @param baseline the value it is compared with
	 * @return e.g. {@code 1.08x}
	 */
	public static String ratio(double value, double baseline) {
		return ratio(value / baseline);
	}

	/**
	 * Format a ratio.
	 * @param ratio the ratio
	 * @return e.g. {@code 1.08x}
	 */
	public static String ratio(double ratio) {
		return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.2fx", ratio) : "n/a";
	}

	// Each fork against the pooled baseline, so the baseline's own launches show its spread too.
	private static String ratios(List<Double> values, double baseline) {
		return values.stream().map((value) -> ratio(value, baseline)).collect(Collectors.joining(" · "));
	}

	private static String bytes(double bytes) {
		if (!Double.isFinite(bytes)) {
			return "n/a";
		}
		return (bytes >= 10_240) ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024)
				: String.format(Locale.ROOT, "%,.0f B", bytes);
	}

	private static CallRow baseline(List<CallRow> rows, int threads) {
		Optional<CallRow> raw = rows.stream()
			.filter((row) -> row.contender() == ContenderKind.RAW && row.threads() == threads)
			.findFirst();
		return raw.orElseThrow(() -> new IllegalStateException("No raw baseline at " + threads + " threads"));
	}

}
