package com.generalaugment.client.internal.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ConnectionFailedException;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.RequestFailedException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.support.Fixtures;
import com.generalaugment.client.support.ScriptedHttpServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transport failures become the typed client-side reasons, and the key never shows in them.
 */
class TransportFaultTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private static GeneralAugmentClient client(String baseUrl, Duration timeout, int maxRetries) {
		return GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(baseUrl)
			.timeout(timeout)
			.maxRetries(maxRetries)
			.sleeper((d) -> {
			})
			.build();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().input("hi").build();
	}

	@Test
	void connectionResetIsRequestFailedAndRetriedBecauseResponsesAreIdempotent() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofSeconds(5), 1).responses().create(request()))
			.isInstanceOfSatisfying(RequestFailedException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(Reasons.REQUEST_FAILED);
				assertThat(ex.status()).isZero();
				assertThat(ex.getMessage()).doesNotContain(Fixtures.API_KEY);
			});
		wm.verify(2, postRequestedFor(urlEqualTo("/v1/responses")));
	}

	@Test
	void emptyReplyIsRequestFailed() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofSeconds(5), 0).responses().create(request()))
			.isInstanceOf(RequestFailedException.class);
	}

	@Test
	void malformedChunkIsRequestFailed() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofSeconds(5), 0).responses().create(request()))
			.isInstanceOf(RequestFailedException.class);
	}

	@Test
	void replySlowerThanTheTimeoutIsRequestTimeout() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON).withFixedDelay(2000)));
		long start = System.nanoTime();

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofMillis(300), 0).responses().create(request()))
			.isInstanceOfSatisfying(RequestTimeoutException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(Reasons.REQUEST_TIMEOUT);
				assertThat(ex.getMessage()).contains("300 ms");
			});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
	}

	@Test
	@Timeout(10)
	void bodyStallingAfterPromptHeadersIsCutAtTheTimeout() throws Exception {
		// The JDK's request timeout stops once the headers are in; the deadline must cover the body too.
		ScriptedHttpServer.Script stall = ScriptedHttpServer.Script.stallingBody(Fixtures.RESPONSE_JSON);
		try (ScriptedHttpServer server = new ScriptedHttpServer(stall)) {
			long start = System.nanoTime();

			assertThatThrownBy(() -> client(server.baseUrl(), Duration.ofMillis(400), 0).responses().create(request()))
				.isInstanceOfSatisfying(RequestTimeoutException.class,
						(ex) -> assertThat(ex.getMessage()).contains("400 ms"));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
			// The deadline ends the wait by interrupting it; that interrupt must not outlive the call.
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
		}
	}

	@Test
	void perCallTimeoutOverridesTheClients() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON).withFixedDelay(600)));
		GeneralAugmentClient client = client(wm.baseUrl(), Duration.ofMillis(100), 0);

		assertThat(client.responses().create(request(),
				com.generalaugment.client.RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()).id())
			.isEqualTo("resp_123");
	}

	@Test
	void zeroTimeoutMeansNoTimeout() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON).withFixedDelay(300)));

		assertThat(client(wm.baseUrl(), Duration.ZERO, 0).responses().create(request()).id()).isEqualTo("resp_123");
	}

	@Test
	void refusedConnectionIsConnectionFailed() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String baseUrl = "http://127.0.0.1:" + port;

		assertThatThrownBy(() -> client(baseUrl, Duration.ofSeconds(2), 0).responses().create(request()))
			.isInstanceOfSatisfying(ConnectionFailedException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(Reasons.CONNECTION_FAILED);
				assertThat(ex.getMessage()).contains(baseUrl).doesNotContain(Fixtures.API_KEY);
			});
	}

	@Test
	void successfulReplyThatIsNotJsonIsMalformedJsonKeepingStatusAndRequestId() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(200)
			.withHeader("X-Request-ID", "req_html")
			.withBody("<html>maintenance</html>")));

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofSeconds(5), 2).responses().create(request()))
			.isInstanceOfSatisfying(MalformedResponseException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(Reasons.MALFORMED_JSON);
				assertThat(ex.status()).isEqualTo(200);
				assertThat(ex.requestId()).isEqualTo("req_html");
				assertThat(ex.rawBody()).isEqualTo("<html>maintenance</html>");
			});
		wm.verify(1, postRequestedFor(urlEqualTo("/v1/responses")));
	}

}
