package com.generalaugment.client.internal.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.support.Fixtures;
import com.generalaugment.client.support.ScriptedHttpServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a {@link RestClient.Builder} (Spring Boot's, in the starter) calls go through {@code RestClient},
 * whose interceptors see them; without one they go straight to the JDK client. The rest of the suite
 * runs the direct path: these tests hold the {@code RestClient} path to the same behaviour.
 */
class RestClientPathTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final List<String> intercepted = new CopyOnWriteArrayList<>();

	private GeneralAugmentClient client(String baseUrl, Duration timeout) {
		RestClient.Builder builder = RestClient.builder().requestInterceptor((request, body, execution) -> {
			this.intercepted.add(request.getMethod() + " " + request.getURI().getPath() + " accept="
					+ request.getHeaders().getFirst("Accept") + " ua=" + request.getHeaders().getFirst("User-Agent"));
			return execution.execute(request, body);
		});
		return GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(baseUrl)
			.timeout(timeout)
			.maxRetries(0)
			.restClientBuilder(builder)
			.build();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().input("hi").build();
	}

	@Test
	void interceptorsOfTheGivenBuilderSeeEachCallWithTheSdkHeaders() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));

		assertThat(client(wm.baseUrl(), Duration.ofSeconds(5)).responses().create(request()).id()).isEqualTo("resp_123");
		assertThat(this.intercepted).singleElement()
			.asString()
			.startsWith("POST /v1/responses accept=application/json ua=genaug-java/");
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
	void aBodyStallingAfterPromptHeadersIsCutAtTheTimeout() throws Exception {
		ScriptedHttpServer.Script stall = ScriptedHttpServer.Script.stallingBody(Fixtures.RESPONSE_JSON);
		try (ScriptedHttpServer server = new ScriptedHttpServer(stall)) {
			long start = System.nanoTime();

			assertThatThrownBy(() -> client(server.baseUrl(), Duration.ofMillis(400)).responses().create(request()))
				.isInstanceOf(RequestTimeoutException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
		}
	}

}
