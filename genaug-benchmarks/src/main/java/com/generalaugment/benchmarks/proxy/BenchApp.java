package com.generalaugment.benchmarks.proxy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the launcher runs the benchmark app: which JVM, with which settings. Every part passes the same
 * properties; only the JVM, the class path and virtual threads change.
 */
public final class BenchApp {

	/** Where Temurin 25 lives on these machines (build notes, trap 8). */
	public static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

	private BenchApp() {
	}

	/** @return the {@code java} of the JVM running the launcher */
	public static Path currentJava() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/** @return Java 25 when installed */
	public static Optional<Path> java25() {
		return Files.isExecutable(TEMURIN_25) ? Optional.of(TEMURIN_25) : Optional.empty();
	}

	/** @return the JVM options of every app JVM: a fixed heap, so that runs compare */
	public static List<String> jvmOptions() {
		return List.of("-Xms1g", "-Xmx1g");
	}

	/**
	 * The app's properties.
	 * @param upstream the fixed-reply upstream's base URL
	 * @param virtualThreads whether the app runs on virtual threads (Java 21+)
	 * @return the arguments
	 */
	public static List<String> arguments(String upstream, boolean virtualThreads) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--genaug.api-key=bench-key", "--genaug.base-url=" + upstream,
				"--genaug.proxy.enabled=true",
				// Measure the proxy, not its limits: the one bench user gets no rate limit (trap 11) and no caps
				// on its streams or calls in flight (part 4 opens up to 1,000 at once); the checks still run.
				"--genaug.proxy.rate-limit.requests-per-minute=0", "--genaug.proxy.max-concurrent-streams-per-user=0",
				"--genaug.proxy.max-in-flight-per-user=0", "--genaug.proxy.max-in-flight=0",
				// Part 4 opens up to 1,000 connections at once; Tomcat's default backlog is 100.
				"--server.tomcat.accept-count=1024"));
		arguments.add("--spring.threads.virtual.enabled=" + virtualThreads);
		return arguments;
	}

}
