package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/agent/memory/lineage/{id}} and {@code POST /api/v1/agent/memory/{id}/correct}. */
class MemoryLineageTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final String TEA = "mem_mock_898e4fb3726ab780";

	private static final String COFFEE = "mem_mock_0e3259c4df9963df";

	private static final String U1 = "bee49a75-c5bb-536d-95b3-6b1cc975216d";

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void correctionSupersedesWithTheContractsIds() {
		JsonNode stored = store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");

		Reply reply = correct(TEA, "{\"user_id\":\"u1\",\"fact\":\"Likes coffee\"}");

		JsonNode corrected = reply.json();
		assertThat(stored.get("memory_id").stringValue()).isEqualTo(TEA);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(corrected.get("user_id").stringValue()).isEqualTo("u1");
		assertThat(corrected.get("general_augment_user_id").stringValue()).isEqualTo(U1);
		assertThat(corrected.get("memory_id").stringValue()).isEqualTo(TEA);
		assertThat(corrected.get("corrected_memory_id").stringValue()).isEqualTo(COFFEE);
		assertThat(corrected.get("content").stringValue()).isEqualTo("Likes coffee");
		assertThat(corrected.get("status").stringValue()).isEqualTo("corrected");
		assertThat(corrected.get("source").isNull()).isTrue();
		assertThat(corrected.get("metadata").isEmpty()).isTrue();
	}

	@Test
	void lineageListsTheFactAndWhatCorrectedIt() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");
		store("{\"user_id\":\"u1\",\"fact\":\"Unrelated\"}");
		correct(TEA, "{\"user_id\":\"u1\",\"fact\":\"Likes coffee\"}");

		JsonNode lineage = http.get("/api/v1/agent/memory/lineage/" + TEA + "?user_id=u1").json();
		JsonNode newest = http.get("/api/v1/agent/memory/lineage/" + COFFEE + "?user_id=u1").json();

		assertThat(lineage.get("user_id").stringValue()).isEqualTo("u1");
		assertThat(lineage.get("general_augment_user_id").stringValue()).isEqualTo(U1);
		assertThat(lineage.get("memory_id").stringValue()).isEqualTo(TEA);
		assertThat(lineage.get("related_count").intValue()).isEqualTo(2);
		JsonNode facts = lineage.get("facts");
		assertThat(facts).extracting(fact -> fact.get("memory_id").stringValue()).containsExactly(TEA, COFFEE);
		assertThat(facts).extracting(fact -> fact.get("status").stringValue()).containsExactly("superseded", "active");
		assertThat(facts.get(0).get("supersedes_memory_id").isNull()).isTrue();
		assertThat(facts.get(1).get("supersedes_memory_id").stringValue()).isEqualTo(TEA);
		assertThat(facts.get(1).get("created_at").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
		assertThat(facts).allSatisfy(fact -> {
			assertThat(fact.get("similarity").isNull()).isTrue();
			assertThat(fact.get("score").isNull()).isTrue();
		});
		assertThat(newest.get("related_count").intValue()).isEqualTo(1);
		assertThat(newest.at("/facts/0/fact").stringValue()).isEqualTo("Likes coffee");
	}

	@Test
	void absentFieldsAreCopiedFromTheCorrectedFact() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\",\"fact_type\":\"preference\",\"importance_score\":0.8,"
				+ "\"source\":\"chat\",\"metadata\":{\"k\":\"v\"}}");
		JsonNode copied = correct(TEA, "{\"user_id\":\"u1\",\"content\":\"Likes coffee\"}").json();
		JsonNode replaced = correct(COFFEE, "{\"user_id\":\"u1\",\"fact\":\"Likes cocoa\",\"source\":\"form\","
				+ "\"fact_type\":\"fact\",\"importance_score\":0.2,\"metadata\":{\"n\":1}}").json();

		JsonNode coffee = fact("u1", COFFEE);
		JsonNode cocoa = fact("u1", replaced.get("corrected_memory_id").stringValue());

		assertThat(copied.get("source").stringValue()).isEqualTo("chat");
		assertThat(copied.at("/metadata/k").stringValue()).isEqualTo("v");
		assertThat(coffee.get("fact_type").stringValue()).isEqualTo("preference");
		assertThat(coffee.get("importance_score").doubleValue()).isEqualTo(0.8);
		assertThat(coffee.get("status").stringValue()).isEqualTo("superseded");
		assertThat(cocoa.get("source").stringValue()).isEqualTo("form");
		assertThat(cocoa.get("fact_type").stringValue()).isEqualTo("fact");
		assertThat(cocoa.get("importance_score").doubleValue()).isEqualTo(0.2);
		assertThat(cocoa.at("/metadata/n").intValue()).isEqualTo(1);
		assertThat(cocoa.get("metadata").has("k")).isFalse();
	}

	@Test
	void supersededFactsStayInSearchAndProfile() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");
		correct(TEA, "{\"user_id\":\"u1\",\"fact\":\"Likes coffee\"}");

		JsonNode profile = http.get("/api/v1/agent/memory/profile/u1").json();
		JsonNode search = http.post("/api/v1/agent/memory/search", "{\"user_id\":\"u1\",\"query\":\"likes\"}").json();

		assertThat(profile.get("total_facts").intValue()).isEqualTo(2);
		assertThat(profile.get("recent_facts")).extracting(fact -> fact.get("status").stringValue())
			.containsExactly("superseded", "active");
		assertThat(search.get("facts")).extracting(fact -> fact.get("memory_id").stringValue())
			.containsExactlyInAnyOrder(TEA, COFFEE);
	}

	@Test
	void correctingASupersededOrUnknownFactIsNotFound() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");
		correct(TEA, "{\"user_id\":\"u1\",\"fact\":\"Likes coffee\"}");

		Reply twice = correct(TEA, "{\"user_id\":\"u1\",\"fact\":\"Likes juice\"}");
		Reply unknown = correct("mem_mock_nope", "{\"user_id\":\"u1\",\"fact\":\"x\"}");
		Reply otherUser = correct(COFFEE, "{\"user_id\":\"u2\",\"fact\":\"x\"}");

		for (Reply reply : new Reply[] {twice, unknown, otherUser}) {
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.json().get("reason").stringValue()).isEqualTo("memory_not_found");
			assertThat(reply.json().get("message").stringValue()).isEqualTo("No active memory fact found.");
		}
	}

	@Test
	void correctionWithoutAFactIsInvalidMemory() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");

		Reply reply = correct(TEA, "{\"user_id\":\"u1\",\"fact\":\"  \"}");
		Reply unknownAndEmpty = correct("mem_mock_nope", "{}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("reason").stringValue()).isEqualTo("invalid_memory");
		assertThat(reply.json().get("message").stringValue()).isEqualTo("fact is required.");
		assertThat(unknownAndEmpty.status()).isEqualTo(400);
		assertThat(fact("u1", TEA).get("status").stringValue()).isEqualTo("active");
	}

	@Test
	void correctionUserFallsBackToUserThenMockUser() {
		store("{\"user\":\"bob\",\"fact\":\"A\"}");
		String mockUserFact = store("{\"fact\":\"B\"}").get("memory_id").stringValue();
		String bobFact = fact("bob", null).get("memory_id").stringValue();

		JsonNode bob = correct(bobFact, "{\"user\":\"bob\",\"fact\":\"A2\"}").json();
		JsonNode fallback = correct(mockUserFact, "{\"fact\":\"B2\"}").json();

		assertThat(bob.get("user_id").stringValue()).isEqualTo("bob");
		assertThat(fallback.get("user_id").stringValue()).isEqualTo("mock-user");
	}

	@Test
	void lineageOfAFactOutsideTheUsersScopeIsNotFound() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");

		for (String query : new String[] {"?user_id=u2", ""}) {
			Reply reply = http.get("/api/v1/agent/memory/lineage/" + TEA + query);
			assertThat(reply.status()).as(query).isEqualTo(404);
			assertThat(reply.json().get("reason").stringValue()).isEqualTo("memory_not_found");
			assertThat(reply.json().get("message").stringValue()).isEqualTo("No scoped memory fact found.");
		}
		assertThat(http.get("/api/v1/agent/memory/lineage/mem_mock_nope?user_id=u1").status()).isEqualTo(404);
	}

	@Test
	void newRoutesLeaveTheMemoryIdRoutesIntact() {
		store("{\"user_id\":\"u1\",\"fact\":\"Likes tea\"}");
		correct(TEA, "{\"user_id\":\"u1\",\"fact\":\"Likes coffee\"}");

		JsonNode deleted = http.delete("/api/v1/agent/memory/" + TEA + "?user_id=u1").json();

		assertThat(deleted.get("status").stringValue()).isEqualTo("deleted");
		assertThat(http.get("/api/v1/agent/memory/lineage/" + COFFEE + "?user_id=u1").json().get("related_count").intValue())
			.isEqualTo(1);
		assertThat(http.delete("/api/v1/agent/memory/lineage").json().get("status").stringValue()).isEqualTo("not_found");
	}

	@Test
	void lineageAndCorrectionNeedTheProjectKey() {
		Reply lineage = http.raw("GET", "/api/v1/agent/memory/lineage/" + TEA + "?user_id=u1", null, "X-Admin-Key", "a");
		Reply correction = http.raw("POST", "/api/v1/agent/memory/" + TEA + "/correct", "{}");

		assertThat(lineage.status()).isEqualTo(401);
		assertThat(correction.status()).isEqualTo(401);
		assertThat(correction.json().get("reason").stringValue()).isEqualTo("missing_api_key");
	}

	private JsonNode store(String json) {
		return http.post("/api/v1/agent/memory/store", json).json();
	}

	private Reply correct(String memoryId, String json) {
		return http.post("/api/v1/agent/memory/" + memoryId + "/correct", json);
	}

	/** The profile's fact of that id, or its first fact. */
	private JsonNode fact(String user, String memoryId) {
		for (JsonNode fact : http.get("/api/v1/agent/memory/profile/" + user).json().get("recent_facts")) {
			if (memoryId == null || fact.get("memory_id").stringValue().equals(memoryId)) {
				return fact;
			}
		}
		throw new AssertionError("no fact " + memoryId + " for " + user);
	}

}
