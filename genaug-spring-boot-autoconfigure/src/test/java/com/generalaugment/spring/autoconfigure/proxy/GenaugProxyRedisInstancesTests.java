package com.generalaugment.spring.autoconfigure.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.proxy.redis.RedisServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of an application share their proxy's per-user state through one real Redis, driven
 * round-robin as a load balancer would: the limits hold across them, a conversation continues on either,
 * an instance that dies frees its slots within the lease, and a Redis outage fails closed and heals.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenaugProxyRedisInstancesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final AtomicInteger USERS = new AtomicInteger();

	private static RedisServer redis;

	private static GenaugMockServer mock;

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private static int[] ports;

	private static final AtomicInteger next = new AtomicInteger();

	private static final String PREFIX = "it:" + UUID.randomUUID() + ":";

	@BeforeAll
	static void startInstances() throws Exception {
		redis = RedisServer.start();
		mock = GenaugMockServer.start();
		for (int i = 0; i < 2; i++) {
			instances.add(new SpringApplicationBuilder(RedisProxyTestApplication.class).run(arguments(0, 300)));
		}
		ports = instances.stream()
			.mapToInt((context) -> ((WebServerApplicationContext) context).getWebServer().getPort())
			.toArray();
	}

	@AfterAll
	static void stopInstances() {
		instances.forEach(ConfigurableApplicationContext::close);
		if (mock != null) {
			mock.close();
		}
		if (redis != null) {
			redis.close();
		}
	}

	private static String[] arguments(int port, int eventDelayMs) {
		return new String[] { "--server.port=" + port, "--genaug.proxy.enabled=true", "--genaug.proxy.store=redis",
				"--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redis.port(),
				"--genaug.proxy.redis.key-prefix=" + PREFIX, "--genaug.proxy.redis.lease=2s",
				"--genaug.proxy.rate-limit.requests-per-minute=30", "--genaug.proxy.max-concurrent-streams-per-user=1",
				"--genaug.proxy.max-in-flight-per-user=2", "--genaug.proxy.heartbeat-interval=0",
				"--genaug.proxy.budget.tokens-per-day=2000",
				"--test.upstream-url=" + mock.baseUrl(), "--test.event-delay-ms=" + eventDelayMs,
				"--management.endpoint.health.show-details=always", "--management.health.redis.enabled=false",
				"--spring.main.banner-mode=off" };
	}

	/** The next instance, round-robin, as a load balancer picks it. */
	private static int nextPort() {
		return ports[Math.floorMod(next.getAndIncrement(), ports.length)];
	}

	@Test
	@Order(1)
	void oneUsersRateLimitHoldsAcrossBothInstances() throws Exception {
		String user = newUser();
		for (int i = 0; i < 30; i++) {
			assertThat(call(nextPort(), user, "{\"input\":\"hello " + i + "\"}").statusCode()).as("call " + (i + 1)).isEqualTo(200);
		}
		for (int port : ports) {
			HttpResponse<String> refused = call(port, user, "{\"input\":\"one more\"}");
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(reason(refused)).isEqualTo("rate_limited");
		}
		assertThat(call(nextPort(), newUser(), "{\"input\":\"another user\"}").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void aConversationStartedOnOneInstanceContinuesOnTheOtherForItsUserOnly() throws Exception {
		String alice = newUser();
		HttpResponse<String> first = call(ports[0], alice, "{\"input\":\"My seat is 14C.\"}");
		String responseId = JSON.readTree(first.body()).path("id").asString();
		assertThat(responseId).isNotBlank();

		String continuation = "{\"input\":\"Which seat?\",\"previous_response_id\":\"" + responseId + "\"}";
		assertThat(call(ports[1], alice, continuation).statusCode()).isEqualTo(200);
		for (int port : ports) {
			HttpResponse<String> stolen = call(port, newUser(), continuation);
			assertThat(stolen.statusCode()).isEqualTo(403);
			assertThat(reason(stolen)).isEqualTo("previous_response_forbidden");
		}
	}

	@Test
	@Order(3)
	void theStreamCapHoldsAcrossInstances() throws Exception {
		String user = newUser();
		try (OpenStream open = OpenStream.open(ports[0], user)) {
			HttpResponse<String> second = call(ports[1], user, "{\"input\":\"again\",\"stream\":true}");
			assertThat(second.statusCode()).isEqualTo(429);
			assertThat(reason(second)).isEqualTo("too_many_streams");
		}
	}

	@Test
	@Order(4)
	void theInFlightCapHoldsAcrossInstances() throws Exception {
		String user = newUser();
		// Two slow calls in flight, one on each instance.
		StubMapping slow = mock.wireMock().stubFor(post(urlPathEqualTo("/v1/responses")).withRequestBody(containing("hold-me")).atPriority(1)
			.willReturn(okJson("{\"id\":\"resp_held\",\"object\":\"response\",\"status\":\"completed\",\"output\":[]}")
				.withFixedDelay(3000)));
		try {
			List<CompletableFuture<HttpResponse<String>>> held = List.of(callAsync(ports[0], user, "{\"input\":\"hold-me\"}"),
					callAsync(ports[1], user, "{\"input\":\"hold-me\"}"));
			Thread.sleep(1000);
			HttpResponse<String> third = call(ports[0], user, "{\"input\":\"third\"}");
			assertThat(third.statusCode()).isEqualTo(429);
			assertThat(reason(third)).isEqualTo("too_many_requests_in_flight");
			for (CompletableFuture<HttpResponse<String>> call : held) {
				assertThat(call.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
			assertThat(call(ports[1], user, "{\"input\":\"after\"}").statusCode()).isEqualTo(200);
		}
		finally {
			// Only this stub: the rest of the mappings are the simulated platform.
			mock.wireMock().removeStub(slow);
		}
	}

	@Test
	@Order(5)
	void oneUsersTokenBudgetIsSharedAndStreamsCountTowardsIt() throws Exception {
		String user = newUser();
		// The mock counts a word as a token: about 330 tokens a call, input and output.
		String words = "word ".repeat(300);
		int calls = 0;
		HttpResponse<String> refused = null;
		while (calls < 20) {
			int port = nextPort();
			String body = (calls != 1) ? "{\"input\":\"" + words + "\"}"
					: "{\"input\":\"" + words + "\",\"stream\":true}";
			HttpResponse<String> response = call(port, user, body);
			if (response.statusCode() == 429) {
				refused = response;
				break;
			}
			assertThat(response.statusCode()).isEqualTo(200);
			calls++;
		}
		assertThat(calls).as("calls within a 2000-token budget").isBetween(5, 7);
		assertThat(refused).isNotNull();
		assertThat(reason(refused)).isEqualTo("budget_exhausted");
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		Instant now = Instant.now();
		long untilMidnight = Duration.between(now,
				LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toSeconds();
		assertThat(retryAfter).isBetween(untilMidnight - 5, untilMidnight + 5);
		for (int port : ports) {
			assertThat(reason(call(port, user, "{\"input\":\"hi\"}"))).isEqualTo("budget_exhausted");
		}
		assertThat(call(nextPort(), newUser(), "{\"input\":\"someone else\"}").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(6)
	void anInstanceKilledMidStreamFreesItsSlotsWithinTheLease(@org.junit.jupiter.api.io.TempDir Path logs)
			throws Exception {
		int port = freePort();
		Path log = logs.resolve("instance.log");
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
				"-cp", System.getProperty("java.class.path"), RedisProxyTestApplication.class.getName()));
		command.addAll(List.of(arguments(port, 1000)));
		Process doomed = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			awaitListening(doomed, port, log);
			String user = newUser();
			OpenStream stream = OpenStream.open(port, user);
			assertThat(call(ports[0], user, "{\"input\":\"meanwhile\",\"stream\":true}").statusCode())
				.as("the doomed instance holds the user's stream slot")
				.isEqualTo(429);
			doomed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			long died = System.nanoTime();
			stream.close();
			HttpResponse<String> freed = null;
			while (System.nanoTime() - died < Duration.ofSeconds(6).toNanos()) {
				freed = call(ports[0], user, "{\"input\":\"after the crash\"}");
				if (freed.statusCode() == 200) {
					break;
				}
				Thread.sleep(200);
			}
			assertThat(freed).isNotNull();
			assertThat(freed.statusCode()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - died)).as("within the 2 s lease, and a little")
				.isLessThan(Duration.ofMillis(3500));
		}
		finally {
			doomed.destroyForcibly();
		}
	}

	@Test
	@Order(7)
	void aRedisOutageFailsClosedWithRetryAfterAndTheInstancesRecoverByThemselves() throws Exception {
		String user = newUser();
		assertThat(call(ports[0], user, "{\"input\":\"before\"}").statusCode()).isEqualTo(200);
		redis.stop();
		try {
			int before = mock.turns().size();
			for (int port : ports) {
				long start = System.nanoTime();
				HttpResponse<String> refused = call(port, user, "{\"input\":\"during\"}");
				assertThat(refused.statusCode()).isEqualTo(503);
				assertThat(reason(refused)).isEqualTo("store_unavailable");
				assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 2);
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			}
			assertThat(mock.turns()).as("nothing reached the platform").hasSize(before);
			JsonNode health = JSON.readTree(get(ports[0], "/actuator/health"));
			assertThat(health.path("components").path("genaugProxyStore").path("status").asString()).isEqualTo("DOWN");
			assertThat(health.path("components").path("genaugProxyStore").path("details").path("onFailure").asString())
				.isEqualTo("fail-closed");
		}
		finally {
			redis.restart();
		}
		for (int port : ports) {
			HttpResponse<String> healed = null;
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < deadline) {
				healed = call(port, user, "{\"input\":\"after\"}");
				if (healed.statusCode() == 200) {
					break;
				}
				Thread.sleep(250);
			}
			assertThat(healed).isNotNull();
			assertThat(healed.statusCode()).isEqualTo(200);
		}
		JsonNode health = JSON.readTree(get(ports[1], "/actuator/health"));
		assertThat(health.path("components").path("genaugProxyStore").path("status").asString()).isEqualTo("UP");
	}

	private static String newUser() {
		return "redis-user-" + USERS.incrementAndGet() + "-" + UUID.randomUUID();
	}

	private static HttpRequest request(int port, String user, String json) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ai/responses"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + RedisProxyTestApplication.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private static HttpResponse<String> call(int port, String user, String json) throws IOException, InterruptedException {
		return http.send(request(port, user, json), HttpResponse.BodyHandlers.ofString());
	}

	private static CompletableFuture<HttpResponse<String>> callAsync(int port, String user, String json) {
		return http.sendAsync(request(port, user, json), HttpResponse.BodyHandlers.ofString());
	}

	private static String get(int port, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String reason(HttpResponse<String> response) {
		return JSON.readTree(response.body()).path("error").path("reason").asString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitListening(Process process, int port, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("the instance exited:\n" + Files.readString(log));
			}
			try (Socket socket = new Socket("127.0.0.1", port)) {
				if (Files.readString(log).contains("Started RedisProxyTestApplication")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the instance did not start within 60 s:\n" + Files.readString(log));
	}

	/** A stream held open through the proxy until closed: its first bytes have arrived. */
	private static final class OpenStream implements AutoCloseable {

		private final InputStream body;

		private OpenStream(InputStream body) {
			this.body = body;
		}

		static OpenStream open(int port, String user) throws Exception {
			HttpResponse<InputStream> response = http.send(request(port, user, "{\"input\":\"tell me a long story\",\"stream\":true}"),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).as("the stream opens").isEqualTo(200);
			InputStream body = response.body();
			assertThat(body.read()).as("a first byte").isNotNegative();
			return new OpenStream(body);
		}

		@Override
		public void close() throws IOException {
			this.body.close();
		}

	}

}
