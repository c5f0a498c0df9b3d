package com.generalaugment.client.internal.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.support.Fixtures;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
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
 * Retries per contract §5, observed through a recording sleeper so nothing really waits.
 */
class RetryBehaviourTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private GeneralAugmentClient client(int maxRetries) {
		return GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(wm.baseUrl())
			.maxRetries(maxRetries)
			.sleeper(this.sleeps::add)
			.build();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().input("hi").build();
	}

	@Test
	void retriesRateLimitedCallHonouringRetryAfterWithTheSameIdempotencyKey() {
		wm.stubFor(post("/v1/responses").inScenario("rl")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withBody("{\"detail\": {\"code\": \"rate_limited\"}}"))
			.willSetStateTo("ok"));
		wm.stubFor(post("/v1/responses").inScenario("rl").whenScenarioStateIs("ok")
			.willReturn(okJson(Fixtures.RESPONSE_JSON)));

		assertThat(client(2).responses().create(request()).id()).isEqualTo("resp_123");

		List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo("/v1/responses")));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).getHeader("X-Idempotency-Key")).isNotBlank()
			.isEqualTo(requests.get(1).getHeader("X-Idempotency-Key"));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void givesUpAfterMaxRetriesPlusOneAttempts() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> client(2).responses().create(request()))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.status()).isEqualTo(503));

		wm.verify(3, postRequestedFor(urlEqualTo("/v1/responses")));
		assertThat(this.sleeps).hasSize(2);
		// Jittered exponential backoff: retry 0 in [250, 500] ms, retry 1 in [500, 1000] ms.
		assertThat(this.sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
		assertThat(this.sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
	}

	@Test
	void retriesEachRetryableStatus() {
		for (int status : new int[] { 500, 502, 504 }) {
			wm.resetAll();
			wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(status)));
			assertThatThrownBy(() -> client(1).responses().create(request())).isInstanceOf(ApiErrorException.class);
			wm.verify(2, postRequestedFor(urlEqualTo("/v1/responses")));
		}
	}

	@Test
	void neverRetriesOtherClientErrors() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(400).withBody("{\"detail\": \"bad\"}")));

		assertThatThrownBy(() -> client(2).responses().create(request())).isInstanceOf(ApiErrorException.class);

		wm.verify(1, postRequestedFor(urlEqualTo("/v1/responses")));
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void neverRetriesMalformedJson() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(200).withBody("not json")));

		assertThatThrownBy(() -> client(2).responses().create(request())).isInstanceOf(MalformedResponseException.class);

		wm.verify(1, postRequestedFor(urlEqualTo("/v1/responses")));
	}

	@Test
	void capsRetryAfterAtEightSeconds() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

		assertThatThrownBy(() -> client(1).responses().create(request())).isInstanceOf(ApiErrorException.class);

		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(8));
	}

	@Test
	void zeroMaxRetriesMakesOneAttempt() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> client(0).responses().create(request())).isInstanceOf(ApiErrorException.class);

		wm.verify(1, postRequestedFor(urlEqualTo("/v1/responses")));
	}

	@Test
	void backoffStaysWithinHalfToFullBaseAndCapsAtEightSeconds() {
		RetryPolicy low = new RetryPolicy(10, () -> 0.0);
		RetryPolicy high = new RetryPolicy(10, () -> 0.999999);
		assertThat(low.delay(0, null)).isEqualTo(Duration.ofMillis(250));
		assertThat(high.delay(0, null)).isEqualTo(Duration.ofMillis(499));
		assertThat(low.delay(3, null)).isEqualTo(Duration.ofMillis(2000));
		assertThat(low.delay(9, null)).isEqualTo(Duration.ofMillis(4000));
		assertThat(high.delay(9, null)).isLessThanOrEqualTo(Duration.ofSeconds(8));
		assertThatThrownBy(() -> new RetryPolicy(-1, () -> 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
