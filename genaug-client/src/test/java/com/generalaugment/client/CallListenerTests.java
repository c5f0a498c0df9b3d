package com.generalaugment.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.support.Fixtures;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallListenerTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final List<CallRecord> records = new CopyOnWriteArrayList<>();

	private GeneralAugmentClient client() {
		return GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(wm.baseUrl())
			.maxRetries(1)
			.sleeper((d) -> {
			})
			.listener((start) -> {
				start.header("traceparent", "00-11111111111111111111111111111111-2222222222222222-01");
				return this.records::add;
			})
			.build();
	}

	@Test
	void reportsASuccessfulCallWithIdsAndTokens() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));

		client().responses().create(ResponseCreateParams.builder().model("complex").input("hi").build());

		assertThat(this.records).singleElement().satisfies((record) -> {
			assertThat(record.operation()).isEqualTo("createResponse");
			assertThat(record.model()).isEqualTo("complex");
			assertThat(record.status()).isEqualTo(200);
			assertThat(record.isSuccess()).isTrue();
			assertThat(record.attempts()).isEqualTo(1);
			assertThat(record.responseId()).isEqualTo("resp_123");
			assertThat(record.requestId()).isEqualTo("req_abc");
			assertThat(record.traceId()).isEqualTo("trace_xyz");
			assertThat(record.inputTokens()).isEqualTo(12);
			assertThat(record.outputTokens()).isEqualTo(5);
			assertThat(record.duration()).isPositive();
		});
		wm.verify(postRequestedFor(urlEqualTo("/v1/responses")).withHeader("traceparent",
				equalTo("00-11111111111111111111111111111111-2222222222222222-01")));
	}

	@Test
	void callerTraceContextWinsOverTheListeners() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));

		client().responses().create(ResponseCreateParams.builder().input("hi").build(),
				RequestOptions.builder().traceparent("00-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbb-01").build());

		wm.verify(postRequestedFor(urlEqualTo("/v1/responses")).withHeader("traceparent",
				equalTo("00-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbb-01")));
	}

	@Test
	void reportsAFailedCallWithReasonStatusAndAttempts() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(503)
			.withHeader("X-Request-ID", "req_fail")
			.withBody("{\"detail\": {\"code\": \"unavailable\"}}")));

		assertThatThrownBy(() -> client().responses().create(ResponseCreateParams.builder().input("hi").build()))
			.isInstanceOf(ApiErrorException.class);

		assertThat(this.records).singleElement().satisfies((record) -> {
			assertThat(record.isSuccess()).isFalse();
			assertThat(record.reason()).isEqualTo("unavailable");
			assertThat(record.status()).isEqualTo(503);
			assertThat(record.attempts()).isEqualTo(2);
			assertThat(record.requestId()).isEqualTo("req_fail");
			assertThat(record.error()).isInstanceOf(ApiErrorException.class);
		});
	}

	@Test
	void aFailureWithoutReplyIdsKeepsTheCallersRequestId() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(500)));

		assertThatThrownBy(() -> client().responses().create(ResponseCreateParams.builder().input("hi").build(),
				RequestOptions.builder().requestId("req_from_app").build()))
			.isInstanceOf(ApiErrorException.class);

		assertThat(this.records).singleElement().satisfies((record) -> {
			assertThat(record.reason()).isEqualTo("http_500");
			assertThat(record.requestId()).isEqualTo("req_from_app");
		});
	}

	@Test
	void aFailingListenerNeverFailsTheCall() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));
		GeneralAugmentClient client = GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(wm.baseUrl())
			.listener((start) -> {
				throw new IllegalStateException("listener bug");
			})
			.build();

		assertThat(client.responses().create(ResponseCreateParams.builder().input("hi").build()).id()).isEqualTo("resp_123");
	}

}
