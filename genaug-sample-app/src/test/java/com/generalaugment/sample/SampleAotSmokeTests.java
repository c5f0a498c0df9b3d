package com.generalaugment.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.generalaugment.mock.GenaugMockOptions;
import com.generalaugment.mock.GenaugMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample processed ahead of time (the {@code aot} profile, on by default) and started as an executable
 * jar with {@code -Dspring.aot.enabled=true}: once on the embedded mock it was built with, and once with a
 * key and URL from the environment, which it must use although the mock was chosen at build time.
 * Runs in the build's integration-test phase, after the jar is packaged.
 */
class SampleAotSmokeTests {

	@TempDir
	Path logs;

	@Test
	void theAheadOfTimeJarServesHealthAndAProxiedCallOnTheEmbeddedMock() throws Exception {
		try (RunningJar app = RunningJar.start(this.logs.resolve("mock.log"), Map.of())) {
			SampleHttp http = new SampleHttp(app.port);
			assertThat(http.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
			HttpResponse<String> reply = http.postJson("/ai/responses", http.signIn("alice", "alice-password"),
					"{\"input\": \"Reply exactly with: ahead of time\"}");
			assertThat(reply.statusCode()).isEqualTo(200);
			assertThat(SampleHttp.json(reply).get("output").get(0).get("content").get(0).get("text").stringValue())
				.isEqualTo("ahead of time");
			assertThat(app.log()).contains("Starting AOT-processed SampleApplication")
				.contains("Started the General Augment mock");
		}
	}

	@Test
	void withAKeyAndUrlFromTheEnvironmentTheAheadOfTimeJarTalksToThatUrlAndStartsNoMock() throws Exception {
		try (GenaugMockServer platform = GenaugMockServer
			.start(GenaugMockOptions.builder().apiKeys("sk-aot-smoke-key").adminKeys("ak-aot-smoke-key").build());
				RunningJar app = RunningJar.start(this.logs.resolve("platform.log"),
						Map.of("GENAUG_API_KEY", "sk-aot-smoke-key", "GENAUG_ADMIN_API_KEY", "ak-aot-smoke-key",
								"GENAUG_API_BASE_URL", platform.baseUrl()))) {
			SampleHttp http = new SampleHttp(app.port);
			assertThat(http.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
			HttpResponse<String> reply = http.postJson("/ai/responses", http.signIn("alice", "alice-password"),
					"{\"input\": \"Reply exactly with: from the environment\"}");
			assertThat(reply.statusCode()).isEqualTo(200);
			assertThat(platform.turns()).singleElement()
				.satisfies((turn) -> assertThat(turn.inputText()).contains("from the environment"));
			assertThat(app.log()).contains("Starting AOT-processed SampleApplication")
				.doesNotContain("Started the General Augment mock")
				.doesNotContain("sk-aot-smoke-key");
		}
	}

	/** The packaged jar in a JVM of its own, on a free port, with none of the caller's GENAUG_* variables. */
	private static final class RunningJar implements AutoCloseable {

		private final Process process;

		private final Path log;

		private final int port;

		private RunningJar(Process process, Path log, int port) {
			this.process = process;
			this.log = log;
			this.port = port;
		}

		static RunningJar start(Path log, Map<String, String> environment) throws Exception {
			String jar = System.getProperty("sample.jar");
			assertThat(jar).as("the sample.jar system property (set by the aot profile)").isNotNull();
			assertThat(Path.of(jar)).exists();
			int port = freePort();
			String java = ProcessHandle.current().info().command().orElse("java");
			ProcessBuilder builder = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-jar", jar,
					"--server.port=" + port)
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().keySet().removeIf((name) -> name.startsWith("GENAUG_"));
			builder.environment().putAll(environment);
			RunningJar running = new RunningJar(builder.start(), log, port);
			running.awaitStarted();
			return running;
		}

		private void awaitStarted() throws Exception {
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new AssertionError("the jar exited with " + this.process.exitValue() + ":\n" + log());
				}
				if (log().contains("Started SampleApplication")) {
					return;
				}
				Thread.sleep(200);
			}
			throw new AssertionError("the jar did not start within 120 s:\n" + log());
		}

		String log() throws IOException {
			return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}

	}

}
