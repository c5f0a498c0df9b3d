package com.generalaugment.benchmarks.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The times to first event of one contender's measured streams, appended as one number (nanoseconds) a
 * line to {@code first-event-<contender>.txt} in the results folder, for the launcher to read: each of
 * the contender's forks adds its own, and the launcher clears the file before the first.
 */
public final class FirstEventLog {

	private final String contender;

	private long[] samples = new long[1024];

	private int count;

	FirstEventLog(String contender) {
		this.contender = contender;
	}

	/**
	 * The file a contender's samples are written to.
	 * @param resultsDir the results folder
	 * @param contender the contender's enum name
	 * @return the file
	 */
	public static Path file(Path resultsDir, String contender) {
		return resultsDir.resolve("first-event-" + contender + ".txt");
	}

	void add(long nanos) {
		if (this.count == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.count * 2);
		}
		this.samples[this.count++] = nanos;
	}

	void write() {
		String dir = System.getProperty(Upstream.RESULTS_DIR_PROPERTY);
		if (dir == null) {
			return;
		}
		StringBuilder lines = new StringBuilder(this.count * 8);
		for (int i = 0; i < this.count; i++) {
			lines.append(this.samples[i]).append('\n');
		}
		try {
			Files.writeString(file(Path.of(dir), this.contender), lines, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
