package com.generalaugment.spring.proxy;

import com.generalaugment.spring.autoconfigure.proxy.GenaugProxyProperties;
import com.generalaugment.spring.proxy.ProxyRequestSanitizer.SanitizedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProxyRequestSanitizerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();


	private final GenaugProxyProperties properties = new GenaugProxyProperties();

	@Test
	void whenInstructionsAreAllowedThenInstructionsAndSystemMessagesPass() {
		this.properties.setAllowInstructions(true);
		JsonNode sent = sanitize("{\"input\": [{\"role\": \"system\", \"content\": \"Be brief\"},"
				+ " {\"role\": \"user\", \"content\": \"Hi\"}], \"instructions\": \"Answer in French\"}");
		assertThat(sent.get("instructions").stringValue()).isEqualTo("Answer in French");
		assertThat(sent.get("input").get(0).get("role").stringValue()).isEqualTo("system");
	}

	@Test
	void instructionsAreBoundedLikeInput() {
		this.properties.setAllowInstructions(true);
		assertRejected("{\"input\": \"hi\", \"instructions\": \"" + "i".repeat(8001) + "\"}", "instructions_too_long");
	}

	@Test
	void userIsAlwaysTheResolvedOne() {
		assertThat(sanitize("{\"input\": \"hi\", \"user\": \"mallory\"}").get("user").stringValue()).isEqualTo("alice");
	}

	@Test
	void streamFlagIsRead() {
		assertThat(this.sanitizer().sanitize(body("{\"input\": \"hi\", \"stream\": true}"), "alice").stream()).isTrue();
		assertThat(this.sanitizer().sanitize(body("{\"input\": \"hi\"}"), "alice").stream()).isFalse();
		assertRejected("{\"input\": \"hi\", \"stream\": \"yes\"}", "invalid_request");
	}

	@Test
	void malformedInputIsRefused() {
		assertRejected("{}", "invalid_request");
		assertRejected("{\"input\": \"  \"}", "invalid_request");
		assertRejected("{\"input\": []}", "invalid_request");
		assertRejected("{\"input\": 42}", "invalid_request");
		assertRejected("{\"input\": [{\"content\": \"no role\"}]}", "invalid_request");
		assertRejected("{\"input\": [{\"role\": \"user\", \"content\": [{\"type\": \"input_image\", \"text\": \"x\"}]}]}",
				"invalid_request");
		assertRejected("{\"input\": [{\"role\": \"tool\", \"content\": \"x\"}]}", "invalid_request");
	}

	@Test
	void outputFormatsPassAndBrokenOnesAreRefused() {
		assertThat(sanitize("{\"input\": \"hi\", \"text\": {\"format\": {\"type\": \"json_object\"}}}")
			.get("text").get("format").get("type").stringValue()).isEqualTo("json_object");
		assertRejected("{\"input\": \"hi\", \"text\": {\"format\": {\"type\": \"json_schema\", \"name\": \"x\"}}}",
				"invalid_request");
		assertRejected("{\"input\": \"hi\", \"text\": {\"format\": {\"type\": \"xml\"}}}", "invalid_request");
	}

	@Test
	void previousResponseIdIsKeptForTheOwnershipCheck() {
		SanitizedRequest request = sanitizer().sanitize(body("{\"input\": \"hi\", \"previous_response_id\": \"resp_1\"}"),
				"alice");
		assertThat(request.previousResponseId()).isEqualTo("resp_1");
		assertRejected("{\"input\": \"hi\", \"previous_response_id\": 7}", "invalid_request");
	}

	private JsonNode sanitize(String json) {
		return sanitizer().sanitize(body(json), "alice").request().toJson(JSON);
	}

	private void assertRejected(String json, String reason) {
		assertThatExceptionOfType(ProxyRequestException.class)
			.isThrownBy(() -> sanitizer().sanitize(body(json), "alice"))
			.satisfies((ex) -> {
				assertThat(ex.error().status()).isEqualTo(400);
				assertThat(ex.error().reason()).isEqualTo(reason);
			});
	}

	private ProxyRequestSanitizer sanitizer() {
		return new ProxyRequestSanitizer(this.properties.toSettings(), JSON);
	}

	private static ObjectNode body(String json) {
		return (ObjectNode) JSON.readTree(json);
	}

}
