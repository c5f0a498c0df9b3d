package com.generalaugment.benchmarks.proxy;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.generalaugment.benchmarks.app.BenchApplication;

/**
 * The benchmark app in a JVM of its own, started and stopped by the launcher. Its output goes to a log
 * file; the {@value BenchApplication#READY} line it prints once started carries its port, start-up time
 * and heap.
 */
public final class AppProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final Map<String, Long> ready;

	private AppProcess(Process process, Map<String, Long> ready) {
		this.process = process;
		this.ready = ready;
	}

	/**
	 * Start the app and wait until it is ready.
	 * @param java the {@code java} executable
	 * @param classpath the class path
	 * @param jvmOptions options before the main class
	 * @param appArguments Spring Boot properties as {@code --name=value}
	 * @param log the file that receives the app's output
	 * @return the running app
	 */
	public static AppProcess start(Path java, String classpath, List<String> jvmOptions, List<String> appArguments,
			Path log) {
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(BenchApplication.class.getName());
		command.addAll(appArguments);
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + java, ex);
		}
		CompletableFuture<Map<String, Long>> ready = new CompletableFuture<>();
		Thread pump = new Thread(() -> pump(process, log, ready), "app-output");
		pump.setDaemon(true);
		pump.start();
		try {
			return new AppProcess(process, ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The benchmark app did not start; see " + log, ex);
		}
	}

	/** @return the HTTP port */
	public int port() {
		return this.ready.get("port").intValue();
	}

	/** @return the start-up time Spring Boot reports ({@code ApplicationReadyEvent}), in milliseconds */
	public long startedMillis() {
		return this.ready.get("started-ms");
	}

	/** @return the JVM's uptime when the app was ready, in milliseconds */
	public long jvmMillis() {
		return this.ready.get("jvm-ms");
	}

	/** @return the heap in use after a GC once ready, in bytes */
	public long heapAfterGc() {
		return this.ready.get("heap-after-gc");
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void pump(Process process, Path log, CompletableFuture<Map<String, Long>> ready) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				BufferedWriter file = Files.newBufferedWriter(log)) {
			String line;
			while ((line = out.readLine()) != null) {
				file.write(line);
				file.newLine();
				file.flush();
				if (line.startsWith(BenchApplication.READY + " ")) {
					ready.complete(parse(line));
				}
			}
			ready.completeExceptionally(new IllegalStateException("exited with " + process.waitFor()));
		}
		catch (IOException ex) {
			ready.completeExceptionally(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			ready.completeExceptionally(ex);
		}
	}

	private static Map<String, Long> parse(String line) {
		Map<String, Long> values = new HashMap<>();
		for (String pair : line.substring(BenchApplication.READY.length()).strip().split(" ")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
		}
		return values;
	}

}
