package com.generalaugment.spring.autoconfigure.proxy;

import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code genaug.proxy.error-format=problem} the proxy's errors are RFC 9457 Problem Details, over real
 * HTTP, carrying the same reason and request id as the platform's shape.
 */
@SpringBootTest(classes = ProxyTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "genaug.proxy.enabled=true", "genaug.proxy.error-format=problem" })
class GenaugProxyProblemDetailsTests {

	private static final WireMockServer upstream = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstream(DynamicPropertyRegistry registry) {
		if (!upstream.isRunning()) {
			upstream.start();
			upstream.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "7")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"detail\": {\"code\": \"rate_limited\", \"reason\": \"rate_limited\", \"message\": \"slow down\"}}")));
		}
		registry.add("test.upstream-url", upstream::baseUrl);
	}

	@AfterAll
	static void stop() {
		upstream.stop();
	}

	@Test
	void aPlatformRateLimitIsAProblemWithTheReasonAndRequestIdAsExtensions() throws Exception {
		HttpResponse<String> response = new ProxyHttp(this.port).post(ProxyHttp.newUser(), "{\"input\": \"hi\"}",
				"X-Request-ID", "req-problem-1");
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		JsonNode problem = ProxyHttp.json(response.body());
		assertThat(problem.get("type").stringValue()).isEqualTo("about:blank");
		assertThat(problem.get("title").stringValue()).isEqualTo("Too Many Requests");
		assertThat(problem.get("status").intValue()).isEqualTo(429);
		assertThat(problem.get("detail").stringValue()).isNotBlank();
		assertThat(problem.get("reason").stringValue()).isEqualTo("rate_limited");
		// The same id the platform's shape would carry: the one the proxy answers the call with.
		assertThat(problem.get("request_id").stringValue()).isNotBlank()
			.isEqualTo(response.headers().firstValue("X-Request-ID").orElseThrow());
		assertThat(problem.has("error")).isFalse();
	}

	@Test
	void aRefusalOfTheProxyItselfIsAProblemToo() throws Exception {
		HttpResponse<String> response = new ProxyHttp(this.port).post(ProxyHttp.newUser(),
				"{\"input\": \"" + "x".repeat(8001) + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = ProxyHttp.json(response.body());
		assertThat(problem.get("title").stringValue()).isEqualTo("Bad Request");
		assertThat(problem.get("reason").stringValue()).isEqualTo("input_too_long");
		assertThat(problem.get("detail").stringValue()).contains("8000");
		assertThat(problem.get("request_id").stringValue()).isNotBlank();
	}

}
