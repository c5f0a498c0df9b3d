package com.generalaugment.client.responses;

import com.generalaugment.client.error.StructuredOutputException;
import com.generalaugment.client.internal.json.JsonValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract §3's output text and structured output rules.
 */
class ResponseOutputRulesTests {

	private static Response response(String json) {
		return new Response(JsonValues.DEFAULT_MAPPER.readTree(json));
	}

	@Test
	void outputTextPrefersTheOutputTextString() {
		assertThat(response("""
				{"output_text": "direct", "output": [{"content": [{"type": "output_text", "text": "ignored"}]}]}
				""").outputText()).isEqualTo("direct");
	}

	@Test
	void outputTextConcatenatesOutputTextAndTextPartsAcrossItems() {
		assertThat(response("""
				{"output_text": null, "output": [
				  {"content": [{"type": "output_text", "text": "a"}, {"type": "refusal", "refusal": "no"}]},
				  {"content": [{"type": "text", "text": "b"}, {"type": "output_text", "text": "c"}]}]}
				""").outputText()).isEqualTo("abc");
	}

	@Test
	void outputTextIsEmptyWithoutOutput() {
		assertThat(response("{}").outputText()).isEmpty();
	}

	@Test
	void outputParsedPrefersOutputParsedEvenWhenNull() {
		assertThat(response("""
				{"output_parsed": {"a": 1}, "output": [{"content": [{"type": "output_text", "text": "{\\"a\\": 2}"}]}]}
				""").outputParsed().get("a").asInt()).isEqualTo(1);
		assertThat(response("{\"output_parsed\": null}").outputParsed().isNull()).isTrue();
	}

	@Test
	void outputParsedFallsBackToTheFirstParsedPart() {
		assertThat(response("""
				{"output": [{"content": [{"type": "output_text", "text": "x"},
				                         {"type": "output_text", "text": "y", "parsed": {"b": true}}]}]}
				""").outputParsed().get("b").asBoolean()).isTrue();
	}

	@Test
	void outputParsedParsesTheTrimmedText() {
		assertThat(response("""
				{"output": [{"content": [{"type": "output_text", "text": "  {\\"seat\\": \\"window\\"}\\n"}]}]}
				""").outputParsed().get("seat").stringValue()).isEqualTo("window");
	}

	@Test
	void outputParsedOfInvalidJsonKeepsTheRawText() {
		assertThatThrownBy(() -> response("""
				{"output": [{"content": [{"type": "output_text", "text": "{not json"}]}]}
				""").outputParsed())
			.isInstanceOfSatisfying(StructuredOutputException.class,
					(ex) -> assertThat(ex.rawBody()).isEqualTo("{not json"));
	}

	@Test
	void createdAtAcceptsFractionalEpochSecondsAndOffsets() {
		assertThat(response("{\"created_at\": 1767225600.5}").createdAt())
			.isEqualTo(java.time.Instant.ofEpochMilli(1767225600500L));
		assertThat(response("{\"created_at\": \"2026-01-01T01:00:00+01:00\"}").createdAt())
			.isEqualTo(java.time.Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(response("{\"created_at\": \"yesterday\"}").createdAt()).isNull();
	}

}
