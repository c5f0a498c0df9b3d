package com.generalaugment.spring.autoconfigure;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.ConnectionFailedException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.error.ResponseTooLargeException;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Through {@link RestClientHttpSender} the application's {@code RestClient} interceptors see each call,
 * and the client behaves as on the SDK's own sender: streams, typed errors, the timeout and the size limit.
 */
class RestClientHttpSenderTests {

	private static final String REPLY = """
			{"id": "resp_123", "object": "response", "status": "completed", "model": "balanced",
			 "output": [{"id": "msg_1", "type": "message", "role": "assistant", "status": "completed",
			             "content": [{"type": "output_text", "text": "Hello", "annotations": []}]}]}
			""";

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final List<String> intercepted = new CopyOnWriteArrayList<>();

	private GeneralAugmentClient client(String baseUrl, Duration timeout) {
		RestClient.Builder builder = RestClient.builder().requestInterceptor((request, body, execution) -> {
			this.intercepted.add(request.getMethod() + " " + request.getURI().getPath() + " accept="
					+ request.getHeaders().getFirst("Accept") + " ua=" + request.getHeaders().getFirst("User-Agent"));
			request.getHeaders().set("X-Intercepted", "yes");
			return execution.execute(request, body);
		});
		return GeneralAugmentClient.builder()
			.apiKey("sk-rest-1234")
			.baseUrl(baseUrl)
			.timeout(timeout)
			.maxRetries(0)
			.maxResponseSize(1024)
			.httpSender(new RestClientHttpSender(builder, JdkHttpSender.shared()))
			.build();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().input("hi").build();
	}

	@Test
	void interceptorsSeeEachCallWithTheSdkHeadersAndWhatTheyChangeIsSent() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(REPLY)));

		assertThat(client(wm.baseUrl(), Duration.ofSeconds(5)).responses().create(request()).outputText())
			.isEqualTo("Hello");
		assertThat(this.intercepted).singleElement()
			.asString()
			.startsWith("POST /v1/responses accept=application/json ua=genaug-java/");
		wm.verify(postRequestedFor(urlEqualTo("/v1/responses")).withHeader("X-Intercepted", equalTo("yes"))
			.withHeader("Authorization", equalTo("Bearer sk-rest-1234"))
			.withRequestBody(equalTo("{\"model\":\"balanced\",\"input\":\"hi\"}")));
	}

	@Test
	void streamsArriveThroughTheInterceptedRestClient() {
		String body = "event: response.output_text.delta\ndata: {\"delta\":\"Hel\"}\n\n"
				+ "event: response.output_text.delta\ndata: {\"delta\":\"lo\"}\n\n" + "data: [DONE]\n\n";
		wm.stubFor(post("/v1/responses")
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(body)));

		try (ResponseStream stream = client(wm.baseUrl(), Duration.ofSeconds(5)).responses().stream(request())) {
			assertThat(stream.collectText()).isEqualTo("Hello");
		}
		assertThat(this.intercepted).singleElement().asString().contains("accept=text/event-stream");
	}

	@Test
	void errorRepliesBecomeTypedErrors() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"reason\":\"not_found\",\"message\":\"No such thing\"}}")));

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofSeconds(5)).responses().create(request()))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.reason()).isEqualTo("not_found");
			});
	}

	@Test
	@Timeout(10)
	void aBodyStallingAfterPromptHeadersIsCutAtTheTimeout() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(REPLY).withChunkedDribbleDelay(4, 6000)));
		long start = System.nanoTime();

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofMillis(400)).responses().create(request()))
			.isInstanceOf(RequestTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
	}

	@Test
	void aReplyOverTheLimitIsRefused() {
		wm.stubFor(post("/v1/responses").willReturn(okJson("{\"id\":\"" + "z".repeat(5000) + "\"}")
			.withHeader("X-Request-ID", "req_big")));

		assertThatThrownBy(() -> client(wm.baseUrl(), Duration.ofSeconds(5)).responses().create(request()))
			.isInstanceOfSatisfying(ResponseTooLargeException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(200);
				assertThat(ex.requestId()).isEqualTo("req_big");
				assertThat(ex.getMessage()).contains("maxResponseSize");
			});
	}

	@Test
	void aRefusedConnectionIsAConnectionFailure() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String baseUrl = "http://127.0.0.1:" + port;

		assertThatThrownBy(() -> client(baseUrl, Duration.ofSeconds(5)).responses().create(request()))
			.isInstanceOf(ConnectionFailedException.class)
			.hasMessageContaining(baseUrl);
	}

}
