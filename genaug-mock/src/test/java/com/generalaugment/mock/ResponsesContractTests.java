package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;

/** Contract §7 rules for {@code POST /v1/responses}, checked on the wire with exact values. */
class ResponsesContractTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void exactReplyCaptureIsTheOutputText() {
		Reply reply = http.post("/v1/responses", """
                {"model":"balanced","input":"Reply exactly with: local-mock-ok"}""");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(outputText(reply.json())).isEqualTo("local-mock-ok");
	}

	@Test
	void exactReplyCaptureIsCaseInsensitiveToTheEndOfTheLineAndStripsQuotesAndBackticks() {
		Reply reply = http.post("/v1/responses", """
                {"input":"Please REPLY EXACTLY WITH:\\n  \\"`quoted text`\\"  \\nand ignore this line"}""");

		assertThat(outputText(reply.json())).isEqualTo("quoted text");
	}

	@Test
	void defaultTextEchoesTheUserAndTheCollapsedInput() {
		Reply reply = http.post("/v1/responses", """
                {"model":"simple","user":"alice","input":"  Hello\\n\\n   world\\t again "}""");

		assertThat(outputText(reply.json())).isEqualTo("Mock General Augment response for alice: Hello world again");
	}

	@Test
	void defaultTextUsesMockUserAndEmptyInput() {
		Reply reply = http.post("/v1/responses", "{}");

		assertThat(outputText(reply.json())).isEqualTo("Mock General Augment response for mock-user: empty input");
	}

	@Test
	void defaultTextClipsTheInputTo160Characters() {
		Reply reply = http.post("/v1/responses", "{\"input\":\"" + "x".repeat(200) + "\"}");

		assertThat(outputText(reply.json())).isEqualTo("Mock General Augment response for mock-user: " + "x".repeat(160));
	}

	@Test
	void inputTextJoinsMessagesAndContentParts() {
		Reply reply = http.post("/v1/responses", """
                {"user":"u","input":[
                  {"role":"user","content":[{"type":"input_text","text":"Hi"},{"type":"input_text","text":"there"}]},
                  {"role":"user","content":""},
                  "friend"]}""");

		assertThat(outputText(reply.json())).isEqualTo("Mock General Augment response for u: Hi there friend");
	}

	@Test
	void modelIsPrefixedWithMockAndDefaultsToBalanced() {
		assertThat(http.post("/v1/responses", "{\"input\":\"x\"}").json().get("model").stringValue())
			.isEqualTo("mock/balanced");
		assertThat(http.post("/v1/responses", "{\"model\":\"complex\",\"input\":\"x\"}").json().get("model").stringValue())
			.isEqualTo("mock/complex");
	}

	@Test
	void idsDeriveFromTheSha256OfTheCanonicalDigestInput() throws Exception {
		// Computed independently: canonical JSON of {input, user, model, idempotency_key}, keys sorted.
		String canonical = "{\"idempotency_key\":\"key-1\",\"input\":\"hello world\",\"model\":\"balanced\",\"user\":\"u1\"}";
		String digest = HexFormat.of().formatHex(
				MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		assertThat(digest).startsWith("7151ff2d902f11f79b5d");

		JsonNode reply = http.post("/v1/responses", """
                {"model":"balanced","user":"u1","input":"hello world"}""", "X-Idempotency-Key", "key-1").json();

		assertThat(reply.get("id").stringValue()).isEqualTo("resp_mock_" + digest.substring(0, 20));
		assertThat(reply.at("/output/0/id").stringValue()).isEqualTo("msg_mock_" + digest.substring(0, 20));
		assertThat(reply.at("/metadata/general_augment_request_id").stringValue()).isEqualTo("req_mock_" + digest.substring(0, 16));
		assertThat(reply.at("/metadata/request_id").stringValue()).isEqualTo("req_mock_" + digest.substring(0, 16));
		assertThat(reply.at("/metadata/general_augment_trace_id").stringValue()).isEqualTo("trace_mock_" + digest.substring(0, 16));
		assertThat(reply.at("/metadata/trace_id").stringValue()).isEqualTo("trace_mock_" + digest.substring(0, 16));
	}

	@Test
	void requestIdHeaderWinsOverTheDerivedOne() {
		Reply reply = http.post("/v1/responses", "{\"input\":\"x\"}", "X-Request-ID", "req-from-caller");

		assertThat(reply.json().at("/metadata/general_augment_request_id").stringValue()).isEqualTo("req-from-caller");
		assertThat(reply.header("X-Request-ID")).isEqualTo("req-from-caller");
	}

	@Test
	void replyHasTheFixedShapeOfTheContract() {
		JsonNode reply = http.post("/v1/responses", """
                {"input":"x","previous_response_id":"resp_prev","metadata":{"app":"demo"}}""",
				"traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").json();

		assertThat(reply.get("object").stringValue()).isEqualTo("response");
		assertThat(reply.get("status").stringValue()).isEqualTo("completed");
		assertThat(reply.get("created_at").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
		assertThat(reply.get("previous_response_id").stringValue()).isEqualTo("resp_prev");
		assertThat(reply.get("error").isNull()).isTrue();
		assertThat(reply.has("output_text")).isFalse();
		assertThat(reply.at("/output/0/type").stringValue()).isEqualTo("message");
		assertThat(reply.at("/output/0/role").stringValue()).isEqualTo("assistant");
		assertThat(reply.at("/output/0/status").stringValue()).isEqualTo("completed");
		assertThat(reply.at("/output/0/content/0/type").stringValue()).isEqualTo("output_text");
		assertThat(reply.at("/output/0/content/0/annotations").isEmpty()).isTrue();
		assertThat(reply.at("/metadata/app").stringValue()).isEqualTo("demo");
		assertThat(reply.at("/metadata/general_augment_cost_usd").doubleValue()).isEqualTo(0.0);
		assertThat(reply.at("/metadata/general_augment_latency_ms").intValue()).isZero();
		assertThat(reply.at("/metadata/traceparent").stringValue())
			.isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
	}

	@Test
	void usageCountsWhitespaceSeparatedWords() {
		JsonNode usage = http.post("/v1/responses", "{\"input\":\"Reply exactly with:   a  b\"}").json().get("usage");

		assertThat(usage.get("input_tokens").intValue()).isEqualTo(5);
		assertThat(usage.get("output_tokens").intValue()).isEqualTo(2);
		assertThat(usage.get("total_tokens").intValue()).isEqualTo(7);
		assertThat(usage.at("/input_tokens_details/cached_tokens").intValue()).isZero();
		assertThat(usage.at("/output_tokens_details/reasoning_tokens").intValue()).isZero();
	}

	@Test
	void usageCountsAtLeastOneToken() {
		JsonNode usage = http.post("/v1/responses", "{\"input\":\"Reply exactly with: \\\"\\\"\"}").json().get("usage");

		assertThat(usage.get("output_tokens").intValue()).isEqualTo(1);
	}

	@Test
	void jsonSchemaBuildsTheValueFromTheSchema() {
		Reply reply = http.post("/v1/responses", """
                {"input":"smoke","text":{"format":{"type":"json_schema","name":"seat","strict":true,
                  "schema":{"type":"object","properties":{"seat":{"type":"string"}},"required":["seat"]}}}}""");

		assertThat(outputText(reply.json())).isEqualTo("{\"seat\": \"genaug-smoke-ok\"}");
		assertThat(reply.json().has("output_parsed")).isFalse();
	}

	@Test
	void jsonObjectIsLabelAndOk() {
		Reply reply = http.post("/v1/responses", """
                {"input":"smoke","text":{"format":{"type":"json_object"}}}""");

		assertThat(outputText(reply.json())).isEqualTo("{\"label\": \"genaug-smoke-ok\", \"ok\": true}");
	}

	@Test
	void jsonSchemaCoversEveryTypeRuleWithPythonFormatting() {
		Reply reply = http.post("/v1/responses", """
                {"input":"please genaug-structured-ok","text":{"format":{"type":"json_schema","schema":
                {"type":"object","properties":{
                  "count":{"type":"integer"}, "score":{"type":"number"}, "flag":{"type":"boolean"},
                  "tags":{"type":"array","items":{"type":"string"}},
                  "mode":{"enum":["fast","slow"]}, "version":{"const":2.5},
                  "inner":{"type":["null","object"],"properties":{"ok":{},"Status":{},"note":{"type":"string"}},
                           "required":["ok","Status","missing"]},
                  "nothing":{"type":"null"},
                  "valid":{"type":"string"},
                  "\\u00dcn\\u00efcode":{"const":"caf\\u00e9 \\u2615"}
                },"required":[]}}}}""");

		assertThat(outputText(reply.json())).isEqualTo("{\"count\": 1, \"flag\": true, "
				+ "\"inner\": {\"Status\": \"genaug-structured-ok\", \"ok\": true}, \"mode\": \"fast\", "
				+ "\"nothing\": null, \"score\": 1.0, \"tags\": [\"genaug-structured-ok\"], "
				+ "\"valid\": \"genaug-structured-ok\", \"version\": 2.5, "
				+ "\"\\u00dcn\\u00efcode\": \"caf\\u00e9 \\u2615\"}");
	}

	@Test
	void structuredLabelPrefersTheExactReplyCapture() {
		Reply reply = http.post("/v1/responses", """
                {"input":"Reply exactly with: `custom-label`","text":{"format":{"type":"json_object"}}}""");

		assertThat(outputText(reply.json())).isEqualTo("{\"label\": \"custom-label\", \"ok\": true}");
	}

	@Test
	void sameKeyAndSameBodyReplaysTheStoredReply() {
		String body = "{\"user\":\"u\",\"input\":\"first\"}";
		Reply first = http.post("/v1/responses", body, "X-Idempotency-Key", "replay-1");
		Reply second = http.post("/v1/responses", body, "X-Idempotency-Key", "replay-1", "X-Request-ID", "other");

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(mock.server().turns()).extracting(turn -> turn.replayed()).containsExactly(false, true);
	}

	@Test
	void sameKeyWithADifferentBodyIsAConflict() {
		http.post("/v1/responses", "{\"input\":\"first\"}", "X-Idempotency-Key", "replay-2");
		Reply conflict = http.post("/v1/responses", "{\"input\":\"first\",\"stream\":false}", "X-Idempotency-Key", "replay-2");

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("reason").stringValue()).isEqualTo("idempotency_key_conflict");
		assertThat(conflict.json().at("/detail/code").stringValue()).isEqualTo("idempotency_key_conflict");
	}

	@Test
	void jsonRepliesHaveSortedKeysAndAContentLength() {
		Reply reply = http.post("/v1/responses", "{\"input\":\"x\"}");

		assertThat(reply.body()).startsWith("{\"created_at\":\"2026-01-01T00:00:00Z\",\"error\":null,\"id\":\"resp_mock_");
		assertThat(reply.header("Content-Length")).isEqualTo(Integer.toString(reply.body().getBytes(StandardCharsets.UTF_8).length));
		assertThat(reply.header("Transfer-Encoding")).isNull();
		assertThat(reply.header("Content-Type")).isEqualTo("application/json");
	}

	@Test
	void bodyThatIsNotJsonIsRejected() {
		Reply reply = http.post("/v1/responses", "{not json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("reason").stringValue()).isEqualTo("invalid_json");
		assertThat(reply.json().get("message").stringValue()).isEqualTo("Body must be JSON.");
	}

	@Test
	void jsonThatIsNotAnObjectIsRejected() {
		Reply reply = http.post("/v1/responses", "[1,2]");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("code").stringValue()).isEqualTo("invalid_json");
		assertThat(reply.json().at("/detail/message").stringValue()).isEqualTo("Body must be an object.");
	}

	@Test
	void missingBodyCountsAsAnEmptyObject() {
		Reply reply = http.raw("POST", "/v1/responses", null, "Authorization", "Bearer k");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(outputText(reply.json())).isEqualTo("Mock General Augment response for mock-user: empty input");
	}

	@Test
	void turnsAreListedOverHttpAndCountedPerProject() {
		http.post("/v1/responses", "{\"user\":\"u\",\"input\":\"one\"}", "X-Project-ID", "proj_mock");

		JsonNode turns = http.raw("GET", "/__genaug/turns", null).json();

		assertThat(turns.at("/items/0/project_id").stringValue()).isEqualTo("proj_mock");
		assertThat(turns.at("/items/0/input_text").stringValue()).isEqualTo("one");
		assertThat(turns.at("/items/0/user").stringValue()).isEqualTo("u");
		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/usage").json().at("/totals/agent_turns_count").intValue())
			.isEqualTo(1);
		assertThat(http.raw("POST", "/__genaug/reset", null).json().get("status").stringValue()).isEqualTo("reset");
		assertThat(http.raw("GET", "/__genaug/turns", null).json().get("items").isEmpty()).isTrue();
	}

	static String outputText(JsonNode reply) {
		return reply.at("/output/0/content/0/text").stringValue();
	}

}
