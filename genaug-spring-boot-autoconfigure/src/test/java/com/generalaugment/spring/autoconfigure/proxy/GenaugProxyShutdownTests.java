package com.generalaugment.spring.autoconfigure.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.generalaugment.spring.proxy.ProxyShutdown;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rolling deploy: once the proxy is stopped, open streams end with a terminal error frame telling the
 * phone to retry elsewhere, their platform calls are closed, and new calls get 503 with Retry-After.
 */
@SpringBootTest(classes = ProxyTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "genaug.proxy.enabled=true", "test.upstream-timeout=30s" })
@DirtiesContext
class GenaugProxyShutdownTests {

	private static RawSseUpstream upstream;

	@LocalServerPort
	private int port;

	@Autowired
	private ProxyShutdown shutdown;

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

	@AfterEach
	void backInService() {
		this.shutdown.start();
	}

	@Test
	void stoppingLetsAPlainCallInFlightFinishAndCompletesOnlyThen() throws Exception {
		ProxyHttp http = new ProxyHttp(this.port);
		String user = ProxyHttp.newUser();
		CompletableFuture<HttpResponse<String>> call = CompletableFuture
			.supplyAsync(() -> http.post(user, "{\"input\": \"hold:1500\"}"));
		await().atMost(Duration.ofSeconds(5)).until(() -> upstream.exchange(user) != null);
		CountDownLatch stopped = new CountDownLatch(1);
		this.shutdown.stop(stopped::countDown);
		assertThat(stopped.getCount()).as("the stop waits for the call").isEqualTo(1);
		HttpResponse<String> reply = call.get(10, TimeUnit.SECONDS);
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
		assertThat(stopped.await(2, TimeUnit.SECONDS)).isTrue();
		assertThat(upstream.exchange(user).finished).isTrue();
	}

	@Test
	void stoppingEndsOpenStreamsWithServerShuttingDownAndRefusesNewCalls() throws IOException {
		ProxyHttp http = new ProxyHttp(this.port);
		String user = ProxyHttp.newUser();
		HttpResponse<InputStream> response = http
			.open(http.postRequest(user, "{\"input\": \"events:100:100\", \"stream\": true}"));
		assertThat(response.statusCode()).isEqualTo(200);
		InputStream body = response.body();
		StringBuilder seen = new StringBuilder();
		while (!seen.toString().contains("event: response.output_text.delta")) {
			int b = body.read();
			assertThat(b).isNotEqualTo(-1);
			seen.append((char) b);
		}
		long stopped = System.nanoTime();
		this.shutdown.stop();
		seen.append(new String(body.readAllBytes(), StandardCharsets.UTF_8));
		assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(2));
		String stream = seen.toString();
		assertThat(stream).contains("event: error").contains("\"reason\":\"server_shutting_down\"")
			.doesNotContain("response.completed");
		RawSseUpstream.Exchange exchange = upstream.exchange(user);
		await().atMost(Duration.ofSeconds(5)).until(() -> exchange.writeFailedAt != 0);
		assertThat(exchange.finished).isFalse();

		HttpResponse<String> refused = http.post(ProxyHttp.newUser(), "{\"input\": \"hi\"}");
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(ProxyHttp.error(refused).get("reason").stringValue()).isEqualTo("server_shutting_down");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopped)).isLessThan(10);
	}

}
