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

/** Contract §7 memory rules on {@code /api/v1/agent/memory/*}. */
class MemoryContractTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	/** UUID v5, URL namespace, name {@code general-augment-local-mock:alice} (Python's uuid.uuid5). */
	private static final String ALICE_UUID = "2dfd1af1-748e-5f9f-aa9c-68a37cf370b5";

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void storeReturnsTheDerivedIdsAndTheFact() throws Exception {
		String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest("{\"fact\":\"Prefers green tea\",\"user_id\":\"alice\"}".getBytes(StandardCharsets.UTF_8)));

		JsonNode stored = store("{\"user_id\":\"alice\",\"fact\":\"  Prefers green tea  \",\"importance_score\":0.8,"
				+ "\"source\":\"chat\",\"metadata\":{\"k\":\"v\"}}").json();

		assertThat(stored.get("memory_id").stringValue()).isEqualTo("mem_mock_" + digest.substring(0, 16));
		assertThat(stored.get("general_augment_user_id").stringValue()).isEqualTo(ALICE_UUID);
		assertThat(stored.get("fact").stringValue()).isEqualTo("Prefers green tea");
		assertThat(stored.get("content").stringValue()).isEqualTo("Prefers green tea");
		assertThat(stored.get("fact_type").stringValue()).isEqualTo("fact");
		assertThat(stored.get("importance_score").doubleValue()).isEqualTo(0.8);
		assertThat(stored.get("source").stringValue()).isEqualTo("chat");
		assertThat(stored.at("/metadata/k").stringValue()).isEqualTo("v");
		assertThat(stored.get("status").stringValue()).isEqualTo("stored");
	}

	@Test
	void storingTheSameFactTwiceKeepsOneCopy() {
		JsonNode first = store("{\"user_id\":\"alice\",\"fact\":\"Has a dog\"}").json();
		JsonNode second = store("{\"user_id\":\"alice\",\"content\":\"Has a dog\",\"fact_type\":\"entity\"}").json();

		assertThat(second.get("memory_id")).isEqualTo(first.get("memory_id"));
		assertThat(second.get("status").stringValue()).isEqualTo("stored");
		assertThat(second.get("importance_score").isNull()).isTrue();
		assertThat(http.get("/api/v1/agent/memory/profile/alice").json().get("total_facts").intValue()).isEqualTo(1);
	}

	@Test
	void userFallsBackToUserThenMockUser() {
		assertThat(store("{\"user\":\"bob\",\"fact\":\"x\"}").json().get("user_id").stringValue()).isEqualTo("bob");
		assertThat(store("{\"fact\":\"x\"}").json().get("user_id").stringValue()).isEqualTo("mock-user");
	}

	@Test
	void emptyFactIsInvalidMemory() {
		Reply reply = store("{\"user_id\":\"alice\",\"fact\":\"   \"}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("reason").stringValue()).isEqualTo("invalid_memory");
		assertThat(reply.json().get("message").stringValue()).isEqualTo("fact is required.");
	}

	@Test
	void idempotencyKeyReplaysPerUserAndConflictsOnADifferentBody() {
		JsonNode first = store("{\"user_id\":\"alice\",\"fact\":\"A\",\"idempotency_key\":\"m-1\"}").json();
		JsonNode replay = store("{\"user_id\":\"alice\",\"fact\":\"A\",\"idempotency_key\":\"m-1\"}").json();
		Reply otherUser = store("{\"user_id\":\"bob\",\"fact\":\"B\",\"idempotency_key\":\"m-1\"}");
		Reply conflict = store("{\"user_id\":\"alice\",\"fact\":\"B\",\"idempotency_key\":\"m-1\"}");

		assertThat(replay).isEqualTo(first);
		assertThat(otherUser.status()).isEqualTo(200);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("reason").stringValue()).isEqualTo("memory_idempotency_key_conflict");
	}

	@Test
	void searchScoresSortsAndRounds() {
		String a = store("{\"user_id\":\"alice\",\"fact\":\"I like tea a lot\"}").json().get("memory_id").stringValue();
		String b = store("{\"user_id\":\"alice\",\"fact\":\"green is nice and tea\"}").json().get("memory_id").stringValue();
		String c = store("{\"user_id\":\"alice\",\"fact\":\"Owns a bicycle\"}").json().get("memory_id").stringValue();

		JsonNode facts = search("{\"user_id\":\"alice\",\"query\":\"green tea please\"}").get("facts");

		// "green tea please": 2 of 3 distinct words in b → 0.6667; 1 of 3 in a; 0 in c (still returned).
		assertThat(facts).extracting(f -> f.get("memory_id").stringValue()).containsExactly(b, a, c);
		assertThat(facts).extracting(f -> f.get("similarity").doubleValue()).containsExactly(0.6667, 0.3333, 0.0);
		assertThat(facts.get(0).get("score").doubleValue()).isEqualTo(0.6667);
		assertThat(facts.get(0).get("id").stringValue()).isEqualTo(b);
		assertThat(facts.get(0).get("status").stringValue()).isEqualTo("active");
		assertThat(facts.get(0).get("created_at").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void searchSubstringScoresPoint99AndEmptyQueryScoresOne() {
		store("{\"user_id\":\"alice\",\"fact\":\"I like TEA a lot\"}");

		assertThat(search("{\"user_id\":\"alice\",\"query\":\"  Tea \"}").at("/facts/0/similarity").doubleValue()).isEqualTo(0.99);
		assertThat(search("{\"user_id\":\"alice\"}").at("/facts/0/similarity").doubleValue()).isEqualTo(1.0);
	}

	@Test
	void searchTiesAreOrderedByMemoryIdAndLimited() {
		for (String fact : new String[] {"one", "two", "three"}) {
			store("{\"user_id\":\"carol\",\"fact\":\"" + fact + "\"}");
		}

		JsonNode facts = search("{\"user_id\":\"carol\",\"limit\":2}").get("facts");

		assertThat(facts).hasSize(2);
		assertThat(facts.get(0).get("memory_id").stringValue()).isLessThan(facts.get(1).get("memory_id").stringValue());
	}

	@Test
	void searchFiltersByMinSimilarityTypeSourceAndImportance() {
		store("{\"user_id\":\"dan\",\"fact\":\"likes jazz\",\"fact_type\":\"preference\",\"source\":\"chat\",\"importance_score\":0.9}");
		store("{\"user_id\":\"dan\",\"fact\":\"lives in Paris\",\"source\":\"form\"}");

		assertThat(search("{\"user_id\":\"dan\",\"query\":\"jazz\",\"min_similarity\":0.5}").get("facts")).hasSize(1);
		assertThat(search("{\"user_id\":\"dan\",\"fact_type\":\"preference\"}").get("facts")).hasSize(1);
		assertThat(search("{\"user_id\":\"dan\",\"source\":\"form\"}").at("/facts/0/fact").stringValue()).isEqualTo("lives in Paris");
		assertThat(search("{\"user_id\":\"dan\",\"min_importance\":0.5}").at("/facts/0/fact").stringValue()).isEqualTo("likes jazz");
	}

	@Test
	void profileListsFactsAndMergedUserProfile() {
		store("{\"user_id\":\"alice\",\"fact\":\"A\",\"user_profile\":{\"name\":\"Alice\"}}");
		store("{\"user_id\":\"alice\",\"fact\":\"B\",\"user_profile\":{\"city\":\"Lyon\"}}");

		JsonNode profile = http.get("/api/v1/agent/memory/profile/alice").json();

		assertThat(profile.get("general_augment_user_id").stringValue()).isEqualTo(ALICE_UUID);
		assertThat(profile.at("/profile/external_user_id").stringValue()).isEqualTo("alice");
		assertThat(profile.at("/profile/name").stringValue()).isEqualTo("Alice");
		assertThat(profile.at("/profile/city").stringValue()).isEqualTo("Lyon");
		assertThat(profile.get("total_facts").intValue()).isEqualTo(2);
		assertThat(profile.at("/recent_facts/0/similarity").isNull()).isTrue();
	}

	@Test
	void deleteOneThenNotFound() {
		String id = store("{\"user_id\":\"app/user\",\"fact\":\"A\"}").json().get("memory_id").stringValue();

		JsonNode deleted = http.delete("/api/v1/agent/memory/" + id + "?user_id=app%2Fuser").json();
		JsonNode again = http.delete("/api/v1/agent/memory/" + id + "?user_id=app%2Fuser").json();

		assertThat(deleted.get("status").stringValue()).isEqualTo("deleted");
		assertThat(deleted.get("deleted_count").intValue()).isEqualTo(1);
		assertThat(deleted.get("deleted_ids").get(0).stringValue()).isEqualTo(id);
		assertThat(deleted.get("user_id").stringValue()).isEqualTo("app/user");
		assertThat(again.get("status").stringValue()).isEqualTo("not_found");
		assertThat(again.get("deleted_count").intValue()).isZero();
	}

	@Test
	void purgeRemovesEveryFactOfTheUser() {
		store("{\"user_id\":\"app/user\",\"fact\":\"A\"}");
		store("{\"user_id\":\"app/user\",\"fact\":\"B\"}");

		JsonNode purged = http.delete("/api/v1/agent/memory/user/app%2Fuser").json();

		assertThat(purged.get("status").stringValue()).isEqualTo("purged");
		assertThat(purged.get("deleted_count").intValue()).isEqualTo(2);
		assertThat(purged.get("memory_id").isNull()).isTrue();
		assertThat(http.get("/api/v1/agent/memory/profile/app%2Fuser").json().get("total_facts").intValue()).isZero();
	}

	private Reply store(String json) {
		return http.post("/api/v1/agent/memory/store", json);
	}

	private JsonNode search(String json) {
		return http.post("/api/v1/agent/memory/search", json).json();
	}

}
