package com.generalaugment.spring.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring.threads.virtual.enabled} puts the SDK's JDK client and the proxy's calls on virtual
 * threads. Virtual threads need Java 21; the build runs on 17, so those cases run the probe in a JVM of a
 * newer JDK found on the machine.
 */
class GenaugVirtualThreadsTests {

	private static final Pattern JAVA_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

	@Test
	void withVirtualThreadsOnJava21OrLaterTheSdkClientAndTheProxyRunOnVirtualThreads() throws Exception {
		assertThat(probeOnJava21("true"))
			.isEqualTo("http=virtual proxy=virtual proxyClosedWithContext=true");
	}

	@Test
	void withoutTheSettingOnJava21OrLaterBothStayOnPlatformThreads() throws Exception {
		assertThat(probeOnJava21("false"))
			.isEqualTo("http=default proxy=platform proxyClosedWithContext=true");
	}

	@Test
	void onAJavaBeforeVirtualThreadsTheSettingChangesNothing() {
		Assumptions.assumeTrue(Runtime.version().feature() < 21, "this JVM has virtual threads");
		assertThat(VirtualThreadsProbe.probe(true)).isEqualTo("http=default proxy=platform proxyClosedWithContext=true");
	}

	private static String probeOnJava21(String enabled) throws IOException, InterruptedException {
		Path java = java21().orElse(null);
		Assumptions.assumeTrue(java != null, "No JDK 21 or later found (the running JVM, GENAUG_TEST_JDK21 or "
				+ "/usr/lib/jvm/*): install one, e.g. apt-get install openjdk-21-jdk-headless, to run this test");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				VirtualThreadsProbe.class.getName(), enabled)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		List<String> lines = output.lines().filter((line) -> line.startsWith("http=")).toList();
		assertThat(lines).as(output).hasSize(1);
		return lines.get(0);
	}

	private static Optional<Path> java21() throws IOException {
		if (Runtime.version().feature() >= 21) {
			return ProcessHandle.current().info().command().map(Path::of);
		}
		String configured = System.getenv("GENAUG_TEST_JDK21");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured, "bin", "java"));
		}
		Path jvms = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(jvms)) {
			return Optional.empty();
		}
		try (Stream<Path> homes = Files.list(jvms)) {
			return homes.filter((home) -> Files.isExecutable(home.resolve("bin/java")))
				.filter((home) -> feature(home) >= 21)
				.max(Comparator.comparingInt(GenaugVirtualThreadsTests::feature))
				.map((home) -> home.resolve("bin/java"));
		}
	}

	private static int feature(Path home) {
		try {
			Matcher matcher = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
