package com.generalaugment.spring.autoconfigure.proxy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients that are slow or leave, on raw sockets against the app on a real port: a body trickling in
 * holds no thread and ends in 408; a refused caller reads its refusal, and the rest of its body is
 * discarded only within a bound; a client that hangs up — waiting for a plain reply or on a silent
 * stream — has its platform call aborted within a second, without a retry. A stream may outlast the client's call timeout up to the proxy's own.
 */
@SpringBootTest(classes = ProxyTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "genaug.proxy.enabled=true", "genaug.proxy.body-read-timeout=3s",
				"genaug.proxy.max-in-flight=1000", "genaug.proxy.heartbeat-interval=30s",
				"genaug.proxy.stream-timeout=20s", "test.upstream-timeout=3s", "test.upstream-retries=2" })
class GenaugProxySlowClientTests {

	// The proxy's documented bounds on what it reads and drops of a refused body.
	private static final Duration DISCARD_TIME = Duration.ofSeconds(2);

	private static final long DISCARD_BYTES = 2L * 1024 * 1024;


	private static final int SLOW_CLIENTS = 400;

	private static RawSseUpstream upstream;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstream(DynamicPropertyRegistry registry) throws IOException {
		if (upstream == null) {
			upstream = new RawSseUpstream();
		}
		registry.add("test.upstream-url", upstream::baseUrl);
	}

	@AfterAll
	static void closeUpstream() throws IOException {
		upstream.close();
	}

	@Test
	void slowBodiesHoldNoThreadSoOthersAreServedAndEachEndsIn408() throws Exception {
		List<Socket> slow = new ArrayList<>();
		ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port);
				socket.setSoTimeout(10_000);
				socket.getOutputStream().write(head(ProxyHttp.newUser(), 200).getBytes(StandardCharsets.UTF_8));
				socket.getOutputStream().write('{');
				slow.add(socket);
			}
			trickle.scheduleWithFixedDelay(() -> {
				for (Socket socket : slow) {
					try {
						socket.getOutputStream().write(' ');
					}
					catch (IOException ex) {
						// Already answered and closed.
					}
				}
			}, 500, 500, TimeUnit.MILLISECONDS);

			ProxyHttp http = new ProxyHttp(this.port);
			long start = System.nanoTime();
			HttpResponse<String> other = http.post(ProxyHttp.newUser(), "{\"input\": \"hold:0\"}");
			assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

			start = System.nanoTime();
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
					.header("Authorization", ProxyHttp.basic("ops"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(health.body()).contains("\"status\"");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

			for (Socket socket : slow) {
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(answer).startsWith("HTTP/1.1 408 ").contains("\"reason\":\"request_timeout\"")
					.containsIgnoringCase("Connection: close");
			}
		}
		finally {
			trickle.shutdownNow();
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void aCallerRefusedBeforeItsBodyIsAnsweredAtOnceAndClosedWithinTheDiscardTime() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /ai/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 200\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
			out.flush();
			long start = System.nanoTime();
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			assertThat(reader.readLine()).startsWith("HTTP/1.1 401 ");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered before the body")
				.isLessThan(Duration.ofSeconds(1));
			StringBuilder rest = new StringBuilder();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				rest.append(line).append('\n');
			}
			assertThat(rest).contains("\"reason\":\"unauthorized\"");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("closed, not waiting for the body")
				.isLessThan(DISCARD_TIME.plusSeconds(1));
		}
	}

	@Test
	void aBodyRefusedForItsLengthIsDiscardedSoTheClientReadsTheRefusalNotAReset() throws IOException {
		byte[] body = new byte[256 * 1024];
		java.util.Arrays.fill(body, (byte) ' ');
		for (int i = 0; i < 20; i++) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
				socket.setSoTimeout(5_000);
				OutputStream out = socket.getOutputStream();
				// The whole body is sent before anything is read, as most HTTP/1.1 clients do.
				out.write(head(ProxyHttp.newUser(), body.length).getBytes(StandardCharsets.UTF_8));
				out.write(body);
				out.flush();
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(answer).startsWith("HTTP/1.1 413 ").contains("\"reason\":\"body_too_large\"")
					.containsIgnoringCase("Connection: close");
			}
		}
	}

	@Test
	void aChunkedBodyRefusedOnceOverTheLimitIsDiscardedSoTheClientReadsTheRefusal() throws IOException {
		String chunk = " ".repeat(16 * 1024);
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /ai/responses HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
					+ ProxyHttp.basic(ProxyHttp.newUser())
					+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 16; i++) {
				out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			out.write("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(answer).startsWith("HTTP/1.1 413 ").contains("\"reason\":\"body_too_large\"")
				.containsIgnoringCase("Connection: close");
		}
	}

	@Test
	void aRefusedClientThatKeepsSendingIsCutOffPastTheDiscardBound() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(head(ProxyHttp.newUser(), 1 << 30).getBytes(StandardCharsets.UTF_8));
			byte[] chunk = new byte[64 * 1024];
			long sent = 0;
			long start = System.nanoTime();
			try {
				while (sent < (1L << 30) && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
					out.write(chunk);
					sent += chunk.length;
				}
			}
			catch (IOException ex) {
				// The proxy closed the connection: what this test waits for.
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("cut off")
				.isLessThan(DISCARD_TIME.plusSeconds(3));
			// What the sockets' buffers hold on top of what was discarded.
			assertThat(sent).isLessThan(DISCARD_BYTES + 16L * 1024 * 1024);
		}
	}

	@Test
	void aClientThatHangsUpOnAPlainCallAbortsThePlatformCallWithoutARetry() throws Exception {
		String user = ProxyHttp.newUser();
		try (Socket socket = ProxyHttp.rawPost(this.port, user, "{\"input\": \"hold:10000\"}")) {
			await().atMost(Duration.ofSeconds(5)).until(() -> upstream.exchange(user) != null);
		}
		long hungUp = System.nanoTime();
		RawSseUpstream.Exchange exchange = upstream.exchange(user);
		await().atMost(Duration.ofSeconds(3)).until(() -> exchange.peerClosedAt != 0);
		assertThat(Duration.ofNanos(exchange.peerClosedAt - hungUp)).isLessThan(Duration.ofSeconds(1));
		// Past the client's 3 s timeout, when a call left running would have timed out and been retried.
		Thread.sleep(3500);
		assertThat(upstream.exchange(user).attempt).isEqualTo(1);
		assertThat(exchange.finished).isFalse();
	}

	@Test
	void aClientThatLeavesASilentStreamAbortsThePlatformCall() throws Exception {
		String user = ProxyHttp.newUser();
		try (Socket socket = ProxyHttp.rawPost(this.port, user, "{\"input\": \"events:1:10000\", \"stream\": true}")) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null && !line.equals("event: response.created")) {
				// Headers, until the first event.
			}
			assertThat(line).isNotNull();
		}
		long hungUp = System.nanoTime();
		RawSseUpstream.Exchange exchange = upstream.exchange(user);
		await().atMost(Duration.ofSeconds(3)).until(() -> exchange.peerClosedAt != 0);
		assertThat(Duration.ofNanos(exchange.peerClosedAt - hungUp)).isLessThan(Duration.ofSeconds(1));
		assertThat(exchange.sent).hasSize(1);
	}

	@Test
	void aStreamOutlastsTheClientsCallTimeoutUpToTheStreamTimeout() throws IOException {
		ProxyHttp http = new ProxyHttp(this.port);
		String user = ProxyHttp.newUser();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = http
			.open(http.postRequest(user, "{\"input\": \"events:3:1500\", \"stream\": true}"));
		assertThat(response.statusCode()).isEqualTo(200);
		String stream = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(4));
		assertThat(stream).contains("event: response.completed").doesNotContain("event: error");
		assertThat(upstream.exchange(user).finished).isTrue();
	}

	private static String head(String user, int contentLength) {
		return "POST /ai/responses HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ProxyHttp.basic(user)
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
	}

}
