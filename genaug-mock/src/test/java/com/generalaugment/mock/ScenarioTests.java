package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;
import com.generalaugment.mock.platform.MockHeaders;
import com.generalaugment.mock.platform.MockScenario;

/** Failure scenarios selected with {@value MockHeaders#SCENARIO}. */
class ScenarioTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void rateLimitAnswers429WithRetryAfterAndRateLimitHeaders() {
		Reply reply = http.post("/v1/responses", "{}", MockHeaders.SCENARIO, MockScenario.RATE_LIMIT.headerValue());

		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.header("Retry-After")).isEqualTo("1");
		assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("60");
		assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(reply.header("X-RateLimit-Reset")).isEqualTo("1");
		assertThat(reply.header("X-RateLimit-Policy")).isEqualTo("60;w=60");
		assertThat(reply.json().at("/detail/code").stringValue()).isEqualTo("rate_limited");
		assertThat(reply.json().at("/detail/reason").stringValue()).isEqualTo("rate_limit_exceeded");
		assertThat(mock.server().turns()).isEmpty();
	}

	@Test
	void serverErrorAnswers500() {
		Reply reply = http.adminGet("/api/v1/admin/projects", MockHeaders.SCENARIO, "server-error");

		assertThat(reply.status()).isEqualTo(500);
		assertThat(reply.json().get("reason").stringValue()).isEqualTo("internal_error");
	}

	@Test
	void unavailableAnswers503EvenOnHealth() {
		Reply reply = http.raw("GET", "/health/ready", null, MockHeaders.SCENARIO, "unavailable");

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.json().get("reason").stringValue()).isEqualTo("service_unavailable");
	}

	@Test
	void slowDelaysTheNormalReply() {
		long start = System.nanoTime();
		Reply reply = http.post("/v1/responses", "{\"input\":\"x\"}", MockHeaders.SCENARIO, "slow", MockHeaders.DELAY_MS, "400");

		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void streamScenariosLeaveNonStreamCallsAlone() {
		Reply reply = http.post("/v1/responses", "{\"input\":\"x\"}", MockHeaders.SCENARIO, "stream-error");

		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void unknownScenarioOrBadNumberIsABadRequest() {
		Reply unknown = http.post("/v1/responses", "{}", MockHeaders.SCENARIO, "rate-limited");
		Reply badDelay = http.post("/v1/responses", "{}", MockHeaders.DELAY_MS, "soon");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("reason").stringValue()).isEqualTo("invalid_request");
		assertThat(badDelay.status()).isEqualTo(400);
	}

	@Test
	void mockAdminRoutesIgnoreScenarios() {
		assertThat(http.raw("GET", "/__genaug/turns", null, MockHeaders.SCENARIO, "server-error").status()).isEqualTo(200);
	}

}
