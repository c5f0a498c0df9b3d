package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;

/** Our recall rule: a {@code /v1/responses} input with the word "recall" quotes the user's stored facts. */
class RecallTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void recallQuotesTheUsersFactsInStoredOrder() {
		store("{\"user_id\":\"alice\",\"fact\":\"Code is genaug-memory-verify-abc\"}");
		store("{\"user_id\":\"alice\",\"fact\":\"Prefers tea\"}");
		store("{\"user_id\":\"bob\",\"fact\":\"Not Alice's\"}");

		JsonNode reply = respond("{\"user\":\"alice\",\"input\":\"Please RECALL the code.\"}");

		assertThat(text(reply)).isEqualTo("Mock General Augment response for alice: Please RECALL the code."
				+ " Recalled: Code is genaug-memory-verify-abc; Prefers tea");
		assertThat(reply.at("/usage/output_tokens").intValue()).isEqualTo(16);
		assertThat(reply.at("/usage/total_tokens").intValue()).isEqualTo(20);
	}

	@Test
	void recallIncludesSupersededFacts() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");
		http.post("/api/v1/agent/memory/mem_mock_898e4fb3726ab780/correct", "{\"user_id\":\"u1\",\"fact\":\"Likes coffee\"}");

		assertThat(text(respond("{\"user\":\"u1\",\"input\":\"recall\"}")))
			.isEqualTo("Mock General Augment response for u1: recall Recalled: Likes tea; Likes coffee");
	}

	@Test
	void defaultUserIsMockUserAsInTheMemoryRoutes() {
		store("{\"fact\":\"Stored without a user\"}");

		assertThat(text(respond("{\"input\":\"what do you recall?\"}")))
			.isEqualTo("Mock General Augment response for mock-user: what do you recall? Recalled: Stored without a user");
	}

	@Test
	void exactReplyIsTheNormalTextBeforeTheFacts() {
		store("{\"user_id\":\"alice\",\"fact\":\"A\"}");

		assertThat(text(respond("{\"user\":\"alice\",\"input\":\"recall this\\nReply exactly with: ok\"}")))
			.isEqualTo("ok Recalled: A");
	}

	@Test
	void otherInputsKeepTheContractsExactText() {
		store("{\"user_id\":\"alice\",\"fact\":\"A\"}");

		for (String input : new String[] {"recalled it", "recalls", "irrecall", "re-call", "recall_me"}) {
			assertThat(text(respond("{\"user\":\"alice\",\"input\":\"" + input + "\"}"))).as(input)
				.isEqualTo("Mock General Augment response for alice: " + input);
		}
		assertThat(text(respond("{\"user\":\"nobody\",\"input\":\"recall\"}")))
			.isEqualTo("Mock General Augment response for nobody: recall");
	}

	@Test
	void structuredOutputNeverQuotesFacts() {
		store("{\"user_id\":\"alice\",\"fact\":\"A\"}");

		JsonNode reply = respond("{\"user\":\"alice\",\"input\":\"recall\",\"text\":{\"format\":{\"type\":\"json_object\"}}}");

		assertThat(text(reply)).isEqualTo("{\"label\": \"genaug-smoke-ok\", \"ok\": true}");
	}

	@Test
	void recallReachesTheProjectLog() {
		store("{\"user_id\":\"alice\",\"fact\":\"A\"}");

		respond("{\"user\":\"alice\",\"input\":\"recall\"}", "X-Project-ID", "proj_mock");

		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/logs").json().at("/items/1/content").stringValue())
			.endsWith(" Recalled: A");
	}

	private void store(String json) {
		assertThat(http.post("/api/v1/agent/memory/store", json).status()).isEqualTo(200);
	}

	private JsonNode respond(String json, String... headers) {
		return http.post("/v1/responses", json, headers).json();
	}

	private static String text(JsonNode reply) {
		return reply.at("/output/0/content/0/text").stringValue();
	}

}
