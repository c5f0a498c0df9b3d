package com.generalaugment.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.StructuredOutputException;
import com.generalaugment.client.responses.InputMessage;
import com.generalaugment.client.responses.Reasoning;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.StructuredResponse;
import com.generalaugment.client.responses.TextFormat;
import com.generalaugment.client.support.Fixtures;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneralAugmentClientResponsesTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private GeneralAugmentClient client() {
		return GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).baseUrl(wm.baseUrl() + "/").build();
	}

	@Test
	void createResponseSendsTheContractWireRequest() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));

		client().responses().create(ResponseCreateParams.builder()
			.model("balanced")
			.user("app-user-123")
			.input("Summarize this support request and suggest the next action.")
			.metadata(Map.of("feature", "support-triage"))
			.build(),
				RequestOptions.builder()
					.idempotencyKey("support-thread-123-turn-1")
					.requestId("req_app_123")
					.traceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
					.tracestate("vendor=1")
					.header("X-Custom", "yes")
					.build());

		wm.verify(postRequestedFor(urlEqualTo("/v1/responses"))
			.withHeader("Authorization", equalTo("Bearer " + Fixtures.API_KEY))
			.withHeader("X-Admin-Key", absent())
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("User-Agent", equalTo("genaug-java/" + GeneralAugment.VERSION))
			.withHeader("X-Idempotency-Key", equalTo("support-thread-123-turn-1"))
			.withHeader("X-Request-ID", equalTo("req_app_123"))
			.withHeader("traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
			.withHeader("tracestate", equalTo("vendor=1"))
			.withHeader("X-Custom", equalTo("yes"))
			.withHeader("Content-Length", matching("[1-9][0-9]*"))
			.withHeader("Transfer-Encoding", absent())
			.withRequestBody(equalToJson("""
					{"model": "balanced", "user": "app-user-123",
					 "input": "Summarize this support request and suggest the next action.",
					 "metadata": {"feature": "support-triage"}}
					""", false, false)));
	}

	@Test
	void generatesAUuidIdempotencyKeyWhenNoneIsGiven() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));

		client().responses().create(ResponseCreateParams.builder().input("hi").build());

		LoggedRequest request = wm.getAllServeEvents().get(0).getRequest();
		assertThat(request.getHeader("X-Idempotency-Key"))
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
	}

	@Test
	void sendsEveryModelledRequestFieldInSnakeCase() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));

		client().responses().create(ResponseCreateParams.builder()
			.model("complex")
			.user("u1")
			.input(InputMessage.system("Be brief."), InputMessage.user("Hi"),
					InputMessage.of("user", InputMessage.InputPart.text("part one")))
			.instructions("Answer in French.")
			.text(TextFormat.jsonObject())
			.reasoning(Reasoning.effort("low"))
			.truncation("auto")
			.tools(List.of(Map.of("type", "web_search")))
			.toolChoice("auto")
			.parallelToolCalls(false)
			.store(true)
			.background(false)
			.previousResponseId("resp_0")
			.conversation("conv_1")
			.maxOutputTokens(300)
			.temperature(0.2)
			.topP(0.9)
			.include(List.of("reasoning.encrypted_content"))
			.extra("service_tier", "priority")
			.build());

		wm.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "complex", "user": "u1",
				 "input": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"},
				           {"role": "user", "content": [{"type": "input_text", "text": "part one"}]}],
				 "instructions": "Answer in French.",
				 "text": {"format": {"type": "json_object"}},
				 "reasoning": {"effort": "low"}, "truncation": "auto",
				 "tools": [{"type": "web_search"}], "tool_choice": "auto", "parallel_tool_calls": false,
				 "store": true, "background": false, "previous_response_id": "resp_0", "conversation": "conv_1",
				 "max_output_tokens": 300, "temperature": 0.2, "top_p": 0.9,
				 "include": ["reasoning.encrypted_content"], "service_tier": "priority"}
				""")));
	}

	@Test
	void readsTheTypedResponseAndKeepsUnknownFields() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.RESPONSE_JSON)));

		Response response = client().responses().create(ResponseCreateParams.builder().input("hi").build());

		assertThat(response.id()).isEqualTo("resp_123");
		assertThat(response.object()).isEqualTo("response");
		assertThat(response.createdAt()).isEqualTo(Instant.ofEpochSecond(1767225600));
		assertThat(response.status()).isEqualTo("completed");
		assertThat(response.outputText()).isEqualTo("Hello there");
		assertThat(response.output()).singleElement().satisfies((item) -> {
			assertThat(item.role()).isEqualTo("assistant");
			assertThat(item.content()).hasSize(2);
		});
		assertThat(response.usage()).isNotNull();
		assertThat(response.usage().inputTokens()).isEqualTo(12);
		assertThat(response.usage().cachedTokens()).isEqualTo(2);
		assertThat(response.usage().reasoningTokens()).isEqualTo(1);
		assertThat(response.usage().totalTokens()).isEqualTo(17);
		assertThat(response.requestId()).isEqualTo("req_abc");
		assertThat(response.traceId()).isEqualTo("trace_xyz");
		assertThat(response.metadata()).containsEntry("feature", "support-triage");
		assertThat(response.error()).isNull();
		assertThat(response.raw().get("brand_new_field").get("nested").asBoolean()).isTrue();
	}

	@Test
	void acceptsCreatedAtAsAnIsoString() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.responseWithText("x"))));

		Response response = client().responses().create(ResponseCreateParams.builder().input("hi").build());

		assertThat(response.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(response.requestId()).isEqualTo("req_s");
	}

	record TravelPreference(String seat, int legroom, boolean windowOk, List<String> extras) {
	}

	@Test
	void structuredOutputDerivesTheSchemaAndReadsTheRecord() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.responseWithText(
				" {\"seat\": \"window\", \"legroom\": 2, \"windowOk\": true, \"extras\": [\"blanket\"]} "))));

		StructuredResponse<TravelPreference> result = client()
			.responses().create(ResponseCreateParams.builder().input("Extract: window seat.").build(), TravelPreference.class);

		assertThat(result.value()).isEqualTo(new TravelPreference("window", 2, true, List.of("blanket")));
		assertThat(result.response().id()).isEqualTo("resp_s");
		wm.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"text": {"format": {"type": "json_schema", "name": "travel_preference", "strict": true,
				  "schema": {"type": "object",
				    "properties": {"seat": {"type": "string"}, "legroom": {"type": "integer"},
				                   "windowOk": {"type": "boolean"},
				                   "extras": {"type": "array", "items": {"type": "string"}}},
				    "required": ["seat", "legroom", "windowOk", "extras"], "additionalProperties": false}}}}
				""", false, true)));
	}

	@Test
	void structuredOutputWithARawSchemaMapIsSentAsGiven() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.responseWithText("{\"seat\": \"aisle\"}"))));
		Map<String, Object> schema = Map.of("type", "object", "required", List.of("seat"), "properties",
				Map.of("seat", Map.of("type", "string")), "additionalProperties", false);

		Response response = client().responses().create(ResponseCreateParams.builder()
			.input("Extract: aisle seat.")
			.text(TextFormat.jsonSchema("travel_preference", schema, true))
			.build());

		assertThat(response.outputParsed().get("seat").stringValue()).isEqualTo("aisle");
		wm.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"text": {"format": {"type": "json_schema", "name": "travel_preference", "strict": true,
				  "schema": {"type": "object", "required": ["seat"], "properties": {"seat": {"type": "string"}},
				             "additionalProperties": false}}}}
				""", false, true)));
	}

	@Test
	void structuredOutputThatIsNotJsonRaisesATypedErrorKeepingTheRawText() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.responseWithText("Sorry, no JSON today"))));

		assertThatThrownBy(() -> client().responses().create(ResponseCreateParams.builder().input("x").build(),
				TravelPreference.class))
			.isInstanceOfSatisfying(StructuredOutputException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo("invalid_structured_output");
				assertThat(ex.rawBody()).isEqualTo("Sorry, no JSON today");
				assertThat(ex.requestId()).isEqualTo("req_s");
			});
	}

	@Test
	void structuredOutputThatDoesNotFitTheTypeKeepsTheRawText() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.responseWithText("{\"legroom\": \"lots\"}"))));

		assertThatThrownBy(() -> client().responses().create(ResponseCreateParams.builder().input("x").build(),
				TravelPreference.class))
			.isInstanceOfSatisfying(StructuredOutputException.class,
					(ex) -> assertThat(ex.rawBody()).isEqualTo("{\"legroom\": \"lots\"}"));
	}

	@Test
	void emptyOutputTextIsAStructuredOutputError() {
		wm.stubFor(post("/v1/responses").willReturn(okJson(Fixtures.responseWithText("  "))));

		Response response = client().responses().create(ResponseCreateParams.builder().input("x").build());

		assertThatThrownBy(response::outputParsed).isInstanceOf(StructuredOutputException.class)
			.hasMessageContaining("output text is empty");
	}

	@Test
	void nonObjectReplyIsAMalformedResponse() {
		wm.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("[1, 2]")));

		assertThatThrownBy(() -> client().responses().create(ResponseCreateParams.builder().input("x").build()))
			.isInstanceOfSatisfying(MalformedResponseException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reasons.MALFORMED_JSON));
	}

}
