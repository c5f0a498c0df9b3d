package com.generalaugment.spring.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.generalaugment.client.GeneralAugment;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class GenaugApiProbeTests {

	private static final WireMockServer upstream = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

	private final MutableClock clock = new MutableClock();

	@BeforeAll
	static void start() {
		upstream.start();
	}

	@AfterAll
	static void stop() {
		upstream.stop();
	}

	@BeforeEach
	void reset() {
		upstream.resetAll();
	}

	@Test
	void upWithDetailsAndBuildFromTheBody() {
		upstream.stubFor(get("/health/ready").willReturn(okJson(
				"{\"status\":\"ok\",\"db\":\"connected\",\"version\":\"1.4.2\",\"build\":512,\"commit\":\"abc1234\"}")));
		Health health = new GenaugHealthIndicator(probe(Duration.ofSeconds(2))).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("sdkVersion", GeneralAugment.VERSION)
			.containsEntry("apiBuild", "1.4.2, build 512, commit abc1234")
			.containsEntry("baseUrl", upstream.baseUrl())
			.containsEntry("status", "ok")
			.containsKey("latency")
			.doesNotContainKey("error");
		assertThat(health.getDetails().get("latency")).isInstanceOf(Long.class);
	}

	@Test
	void versionBuildShaAndDependencyStatesOfThePlatformsHealthReply() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\",\"version\":\"2026.11.3\","
				+ "\"build_sha\":\"9c1e2f4\",\"db\":\"connected\",\"redis\":\"degraded\"}")));
		Health health = new GenaugHealthIndicator(probe(Duration.ofSeconds(2))).health();
		assertThat(health.getDetails()).containsEntry("apiBuild", "2026.11.3, build 9c1e2f4")
			.containsEntry("apiVersion", "2026.11.3")
			.containsEntry("apiBuildSha", "9c1e2f4")
			.containsEntry("db", "connected")
			.containsEntry("redis", "degraded");
	}

	@Test
	void noVersionOrDependencyDetailsWhenTheReplyHasNone() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\"}")));
		Health health = new GenaugHealthIndicator(probe(Duration.ofSeconds(2))).health();
		assertThat(health.getDetails()).doesNotContainKeys("apiVersion", "apiBuildSha", "db", "redis");
	}

	@Test
	void probeSendsNoCredentials() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\"}")));
		probe(Duration.ofSeconds(2)).current();
		upstream.verify(getRequestedFor(urlEqualTo("/health/ready")).withHeader("Authorization", absent())
			.withHeader("X-Admin-Key", absent()));
	}

	@Test
	void apiBuildFromTheServerHeader() {
		upstream.stubFor(get("/health/ready")
			.willReturn(okJson("{\"state\":\"ok\"}").withHeader("Server", "genaug-api/2026.01")));
		GenaugApiProbe.Result result = probe(Duration.ofSeconds(2)).current();
		assertThat(result.up()).isTrue();
		assertThat(result.upstreamStatus()).isEqualTo("ok");
		assertThat(result.apiBuild()).isEqualTo("genaug-api/2026.01");
	}

	@Test
	void apiBuildUnknownWithoutBodyFieldsOrServerHeader() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\"}")));
		assertThat(probe(Duration.ofSeconds(2)).current().apiBuild()).isEqualTo("unknown");
	}

	@Test
	void downOnAnErrorStatus() {
		upstream.stubFor(get("/health/ready").willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"degraded\"}")));
		Health health = new GenaugHealthIndicator(probe(Duration.ofSeconds(2))).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "HTTP 503").containsEntry("status", "degraded");
	}

	@Test
	void downWhenTheUpstreamStatusIsNotHealthy() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"degraded\"}")));
		GenaugApiProbe.Result result = probe(Duration.ofSeconds(2)).current();
		assertThat(result.up()).isFalse();
		assertThat(result.error()).isEqualTo("upstream status 'degraded'");
	}

	@Test
	void downOnConnectionRefused() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		GenaugApiProbe probe = new GenaugApiProbe("http://127.0.0.1:" + port, Duration.ofSeconds(2),
				Duration.ofSeconds(30), Duration.ofSeconds(2), GenaugApiProbe.ownSender(Duration.ofSeconds(2)), this.clock);
		Health health = new GenaugHealthIndicator(probe).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "connection refused")
			.containsEntry("apiBuild", "unknown")
			.doesNotContainKey("lastReachedAt");
		assertThat(health.getDetails().values()).allSatisfy((value) -> assertThat(String.valueOf(value))
			.doesNotContain("Exception").doesNotContain("\tat "));
	}

	@Test
	void downOnTimeoutWithinTheConfiguredTime() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\"}").withFixedDelay(3000)));
		long start = System.nanoTime();
		GenaugApiProbe.Result result = probe(Duration.ofMillis(300)).current();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(result.up()).isFalse();
		assertThat(result.error()).isEqualTo("timed out after 300 ms");
		assertThat(elapsed).isLessThan(Duration.ofMillis(1500));
	}

	@Test
	void successIsCachedForTheCacheTtl() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\"}")));
		GenaugApiProbe probe = probe(Duration.ofSeconds(2));
		for (int i = 0; i < 5; i++) {
			assertThat(probe.current().up()).isTrue();
			this.clock.advance(Duration.ofSeconds(5));
		}
		upstream.verify(1, getRequestedFor(urlEqualTo("/health/ready")));
		this.clock.advance(Duration.ofSeconds(10));
		probe.current();
		upstream.verify(2, getRequestedFor(urlEqualTo("/health/ready")));
	}

	@Test
	void concurrentCallersShareOneProbe() throws InterruptedException {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\"}").withFixedDelay(200)));
		GenaugApiProbe probe = probe(Duration.ofSeconds(2));
		Thread[] threads = new Thread[8];
		for (int i = 0; i < threads.length; i++) {
			threads[i] = new Thread(probe::current);
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		upstream.verify(1, getRequestedFor(urlEqualTo("/health/ready")));
	}

	@Test
	void failureIsCachedOnlyBrieflyAndRemembersWhenTheApiWasLastReached() {
		upstream.stubFor(get("/health/ready").willReturn(okJson("{\"status\":\"ok\"}")));
		GenaugApiProbe probe = probe(Duration.ofSeconds(2));
		Instant reached = probe.current().checkedAt();
		this.clock.advance(Duration.ofSeconds(31));
		upstream.stubFor(get("/health/ready").willReturn(aResponse().withStatus(502)));
		GenaugApiProbe.Result failed = probe.current();
		assertThat(failed.up()).isFalse();
		assertThat(failed.lastReachedAt()).isEqualTo(reached);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(probe.current()).isSameAs(failed);
		this.clock.advance(Duration.ofSeconds(2));
		probe.current();
		upstream.verify(3, getRequestedFor(urlEqualTo("/health/ready")));
		assertThat(new GenaugHealthIndicator(probe).health().getDetails()).containsEntry("lastReachedAt",
				reached.toString());
	}

	private GenaugApiProbe probe(Duration timeout) {
		return new GenaugApiProbe(upstream.baseUrl(), timeout, Duration.ofSeconds(30), Duration.ofSeconds(2),
				GenaugApiProbe.ownSender(timeout), this.clock);
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
