package com.generalaugment.client.error;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.support.Fixtures;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every error body shape and header of contract §5 maps onto the exception's fields.
 */
class ApiErrorMappingTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private ApiErrorException callAnswering(ResponseDefinitionBuilder reply) {
		wm.stubFor(post("/v1/responses").willReturn(reply));
		GeneralAugmentClient client = GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(wm.baseUrl())
			.maxRetries(0)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.build();
		return catchThrowableOfType(ApiErrorException.class,
				() -> client.responses().create(ResponseCreateParams.builder().input("x").build()));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	@Test
	void nestedDetailObjectWithRateLimitHeaders() {
		ApiErrorException ex = callAnswering(json(429, """
				{"detail": {"code": "rate_limited", "reason": "admin_api_key_rate_limit_exceeded",
				            "message": "Slow down", "request_id": "req_body"}}
				""").withHeader("Retry-After", "2.5")
			.withHeader("X-RateLimit-Limit", "60")
			.withHeader("X-RateLimit-Remaining", "0")
			.withHeader("X-RateLimit-Reset", "1767225600")
			.withHeader("X-RateLimit-Policy", "60;w=60")
			.withHeader("X-Request-ID", "req_header")
			.withHeader("X-Trace-ID", "trace_header"));

		assertThat(ex.status()).isEqualTo(429);
		assertThat(ex.code()).isEqualTo("rate_limited");
		assertThat(ex.reason()).isEqualTo(Reasons.ADMIN_API_KEY_RATE_LIMIT_EXCEEDED);
		assertThat(ex.getMessage()).isEqualTo("Slow down");
		assertThat(ex.requestId()).as("X-Request-ID wins over the body").isEqualTo("req_header");
		assertThat(ex.traceId()).isEqualTo("trace_header");
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofMillis(2500));
		assertThat(ex.rateLimit()).isEqualTo(new RateLimit(60L, 0L, "1767225600", "60;w=60"));
		assertThat(ex.body().get("detail").get("code").stringValue()).isEqualTo("rate_limited");
	}

	@Test
	void errorObjectWithTopLevelFieldsFillingGaps() {
		ApiErrorException ex = callAnswering(json(409, """
				{"error": {"reason": "idempotency_key_in_progress"}, "message": "Still running",
				 "retry_after_seconds": 3, "request_id": "req_b", "trace_id": "trace_b"}
				"""));

		assertThat(ex.reason()).isEqualTo(Reasons.IDEMPOTENCY_KEY_IN_PROGRESS);
		assertThat(ex.getMessage()).isEqualTo("Still running");
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(3));
		assertThat(ex.requestId()).isEqualTo("req_b");
		assertThat(ex.traceId()).isEqualTo("trace_b");
	}

	@Test
	void flatBodyWithCodeAndReason() {
		ApiErrorException ex = callAnswering(json(402, """
				{"code": "usage_limit_reached", "reason": "pricing_tier_agent_turn_limit_reached",
				 "pricing_tier": "free", "message": "Upgrade your plan"}
				"""));

		assertThat(ex.status()).isEqualTo(402);
		assertThat(ex.code()).isEqualTo(Reasons.USAGE_LIMIT_REACHED);
		assertThat(ex.reason()).isEqualTo(Reasons.PRICING_TIER_AGENT_TURN_LIMIT_REACHED);
		assertThat(ex.body().get("pricing_tier").stringValue()).isEqualTo("free");
	}

	@Test
	void plainStringDetailBecomesTheMessage() {
		ApiErrorException ex = callAnswering(json(404, "{\"detail\": \"Project not found\"}"));

		assertThat(ex.getMessage()).isEqualTo("Project not found");
		assertThat(ex.reason()).isEqualTo(Reasons.NOT_FOUND);
	}

	@Test
	void fastApiValidationListIsSummarised() {
		ApiErrorException ex = callAnswering(json(422, """
				{"detail": [{"loc": ["body", "model"], "msg": "field required", "type": "value_error.missing"},
				            {"loc": ["body", "input"], "msg": "str type expected", "type": "type_error.str"}]}
				"""));

		assertThat(ex.status()).isEqualTo(422);
		assertThat(ex.reason()).isEqualTo(Reasons.INVALID_REQUEST);
		assertThat(ex.getMessage()).isEqualTo("body.model: field required; body.input: str type expected");
	}

	@Test
	void htmlFromAGatewayKeepsTheRawText() {
		ApiErrorException ex = callAnswering(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Bad Gateway</body></html>"));

		assertThat(ex.status()).isEqualTo(502);
		assertThat(ex.reason()).isEqualTo("http_502");
		assertThat(ex.body()).isNull();
		assertThat(ex.rawBody()).isEqualTo("<html><body>Bad Gateway</body></html>");
		assertThat(ex.getMessage()).contains("Bad Gateway");
	}

	@Test
	void retryAfterAsHttpDate() {
		ApiErrorException ex = callAnswering(json(503, "{}").withHeader("Retry-After", "Sun, 29 Nov 2026 10:00:07 GMT"));

		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void bodyRetryAfterWhenNoHeader() {
		ApiErrorException ex = callAnswering(json(429, "{\"detail\": {\"code\": \"rate_limited\", \"retry_after\": 4}}"));

		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(4));
		assertThat(ex.reason()).isEqualTo(Reasons.RATE_LIMITED);
	}

	@Test
	void anEchoedKeyIsRedactedFromMessageAndBody() {
		ApiErrorException ex = callAnswering(json(401,
				"{\"detail\": {\"reason\": \"invalid_api_key\", \"message\": \"Key " + Fixtures.API_KEY + " is revoked\"}}"));

		assertThat(ex.getMessage()).doesNotContain(Fixtures.API_KEY).contains("[REDACTED]");
		assertThat(ex.rawBody()).doesNotContain(Fixtures.API_KEY);
		assertThat(ex.toString()).doesNotContain(Fixtures.API_KEY).contains("status=401").contains("invalid_api_key");
	}

}
