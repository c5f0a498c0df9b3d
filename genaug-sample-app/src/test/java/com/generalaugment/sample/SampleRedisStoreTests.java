package com.generalaugment.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two sample instances behind an imaginary load balancer, as {@code GENAUG_PROXY_STORE=redis} and a
 * shared {@code SAMPLE_TOKEN_SECRET} run them: a token from one works on the other, and a user's rate
 * limit holds over both, through a real {@code redis-server} on a free port.
 */
class SampleRedisStoreTests {

	private static final Path REDIS = Path.of("/usr/bin/redis-server");

	private static Process redis;

	private static int redisPort;

	@BeforeAll
	static void startRedis() throws Exception {
		assumeTrue(Files.isExecutable(REDIS),
				"redis-server is not installed: apt-get update && apt-get install -y redis-server (.ci/run installs it)");
		try (ServerSocket socket = new ServerSocket(0)) {
			redisPort = socket.getLocalPort();
		}
		redis = new ProcessBuilder(REDIS.toString(), "--port", String.valueOf(redisPort), "--bind", "127.0.0.1", "--save",
				"", "--appendonly", "no")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!answersPing()) {
			assertThat(System.nanoTime()).as("redis-server answers within 10 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	@AfterAll
	static void stopRedis() throws InterruptedException {
		if (redis != null) {
			redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void instancesShareTokensRateLimitsAndTheirStoreShowsInHealth() throws Exception {
		String prefix = "sample-it:" + UUID.randomUUID() + ":";
		try (ConfigurableApplicationContext first = start(prefix); ConfigurableApplicationContext second = start(prefix)) {
			SampleHttp[] instances = { http(first), http(second) };
			String alice = instances[0].signIn("alice", "alice-password");
			// The sample's limit is 30 calls a minute per user, wherever they land.
			for (int call = 0; call < 30; call++) {
				HttpResponse<String> reply = instances[call % 2].postJson("/ai/responses", alice,
						"{\"input\":\"Reply exactly with: call " + call + "\"}");
				assertThat(reply.statusCode()).as("call " + (call + 1)).isEqualTo(200);
			}
			HttpResponse<String> refused = instances[1].postJson("/ai/responses", alice, "{\"input\":\"one more\"}");
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(SampleHttp.json(refused).get("error").get("reason").stringValue()).isEqualTo("rate_limited");

			JsonNode health = SampleHttp.json(instances[1].get("/actuator/health", instances[1].signIn("ops", "ops-password")));
			JsonNode store = health.get("components").get("genaugProxyStore");
			assertThat(store.get("status").stringValue()).isEqualTo("UP");
			assertThat(store.get("details").get("store").stringValue()).isEqualTo("redis");
			assertThat(store.get("details").get("onFailure").stringValue()).isEqualTo("fail-closed");
		}
	}

	private static ConfigurableApplicationContext start(String prefix) {
		return new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0", "--genaug.proxy.store=redis",
				"--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redisPort,
				"--genaug.proxy.redis.key-prefix=" + prefix, "--sample.token.secret=" + SampleTokens.SECRET);
	}

	private static SampleHttp http(ConfigurableApplicationContext context) {
		return new SampleHttp(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	private static boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", redisPort), 200);
			socket.setSoTimeout(500);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			byte[] reply = new byte[5];
			return in.read(reply) > 0 && new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

}
