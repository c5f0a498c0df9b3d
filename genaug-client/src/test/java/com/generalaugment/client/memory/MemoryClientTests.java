package com.generalaugment.client.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.ApiErrorException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The memory helpers of {@link GeneralAugmentClient} (contract §2), with the project key as Bearer.
 */
@TestInstance(Lifecycle.PER_CLASS)
class MemoryClientTests {

	private static final String API_KEY = "sk-live-test-4f8a9c1e2b7d";

	private static final String MEMORY = "/api/v1/agent/memory";

	private final WireMockServer server = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true));

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	@BeforeAll
	void startServer() {
		this.server.start();
	}

	@AfterAll
	void stopServer() {
		this.server.stop();
	}

	@BeforeEach
	void resetServerAndSleeps() {
		this.server.resetAll();
		this.sleeps.clear();
	}

	private GeneralAugmentClient client() {
		return GeneralAugmentClient.builder()
			.apiKey(API_KEY)
			.baseUrl(this.server.baseUrl())
			.maxRetries(2)
			.sleeper(this.sleeps::add)
			.build();
	}

	/** The project key as Bearer, and never the admin header. */
	private void verify(RequestPatternBuilder request) {
		this.server.verify(request.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("X-Admin-Key", absent()));
	}

	@Test
	void storeMemorySendsTheSnakeCaseBodyAndMapsTheResult() {
		this.server.stubFor(post(MEMORY + "/store").willReturn(okJson("""
				{"user_id": "app-user-123", "general_augment_user_id": "6f1c0e52-8a8e-5b3e-9a57-0d6c1c7f2b11",
				 "memory_id": "mem_1", "content": "User prefers window seats", "fact_type": "preference",
				 "importance_score": 0.9, "source": "booking", "metadata": {"channel": "web"},
				 "collection_key": "travel", "status": "stored", "source_info": {"kind": "api"}}
				""")));

		MemoryStoreResult result = client().memory().store(MemoryStoreParams.builder()
			.userId("app-user-123")
			.fact("User prefers window seats")
			.factType("preference")
			.importanceScore(0.9)
			.source("booking")
			.metadata(Map.of("channel", "web"))
			.userProfile(Map.of("seat", "window"))
			.idempotencyKey("memory-window-seat-1")
			.collectionKey("travel")
			.agentRunId("run_1")
			.build());

		verify(postRequestedFor(urlEqualTo(MEMORY + "/store")).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"user_id": "app-user-123", "fact": "User prefers window seats", "fact_type": "preference",
					 "importance_score": 0.9, "source": "booking", "metadata": {"channel": "web"},
					 "user_profile": {"seat": "window"}, "idempotency_key": "memory-window-seat-1",
					 "collection_key": "travel", "agent_run_id": "run_1"}
					""")));
		assertThat(result.memoryId()).isEqualTo("mem_1");
		assertThat(result.userId()).isEqualTo("app-user-123");
		assertThat(result.generalAugmentUserId()).isEqualTo("6f1c0e52-8a8e-5b3e-9a57-0d6c1c7f2b11");
		assertThat(result.fact()).isEqualTo("User prefers window seats");
		assertThat(result.factType()).isEqualTo("preference");
		assertThat(result.importanceScore()).isEqualTo(0.9);
		assertThat(result.source()).isEqualTo("booking");
		assertThat(result.collectionKey()).isEqualTo("travel");
		assertThat(result.status()).isEqualTo("stored");
		assertThat(result.metadata()).containsEntry("channel", "web");
		assertThat(result.raw().get("source_info").get("kind").stringValue()).isEqualTo("api");
	}

	@Test
	void storeMemorySendsOnlyTheFieldsThatAreSet() {
		this.server.stubFor(post(MEMORY + "/store").willReturn(okJson("{\"memory_id\": \"mem_2\"}")));

		client().memory().store(MemoryStoreParams.builder().userId("u1").fact("Likes tea").build(),
				RequestOptions.builder().requestId("req_app_1").build());

		verify(postRequestedFor(urlEqualTo(MEMORY + "/store")).withHeader("X-Request-ID", equalTo("req_app_1"))
			.withRequestBody(equalToJson("{\"user_id\": \"u1\", \"fact\": \"Likes tea\"}")));
	}

	@Test
	void storeMemoryWithAnIdempotencyKeyIsRetriedOn503() {
		this.server.stubFor(post(MEMORY + "/store").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> client().memory().store(
				MemoryStoreParams.builder().userId("u1").fact("Likes tea").idempotencyKey("mem-key-1").build()))
			.isInstanceOf(ApiErrorException.class);

		this.server.verify(3, postRequestedFor(urlEqualTo(MEMORY + "/store")));
		assertThat(this.sleeps).hasSize(2);
	}

	@Test
	void doesNotRetryStoreMemoryWithoutAnIdempotencyKeyOn503() {
		this.server.stubFor(post(MEMORY + "/store").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(
				() -> client().memory().store(MemoryStoreParams.builder().userId("u1").fact("Likes tea").build()))
			.isInstanceOf(ApiErrorException.class);

		this.server.verify(1, postRequestedFor(urlEqualTo(MEMORY + "/store")));
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void searchMemorySendsFiltersAndMapsFactsInOrder() {
		this.server.stubFor(post(MEMORY + "/search").willReturn(okJson("""
				{"user_id": "app-user-123", "general_augment_user_id": "6f1c0e52",
				 "facts": [{"id": "mem_1", "memory_id": "mem_1", "fact": "User prefers window seats",
				            "content": "User prefers window seats", "fact_type": "preference",
				            "importance_score": 0.9, "similarity": 0.99, "score": 0.99,
				            "created_at": "2026-04-01T09:30:00+00:00", "expires_at": null, "source": "booking",
				            "status": "active", "metadata": {}, "supersedes_memory_id": "mem_0", "embedding_model": "e5"},
				           {"memory_id": "mem_2", "content": "Flies to Lisbon", "similarity": 0.5}],
				 "query_ms": 4}
				""")));

		MemorySearchResult result = client().memory().search(MemorySearchParams.builder()
			.userId("app-user-123")
			.query("seat")
			.limit(5)
			.minSimilarity(0.3)
			.factType("preference")
			.minImportance(0.5)
			.source("booking")
			.createdAfter(Instant.parse("2026-01-01T00:00:00Z"))
			.collectionKey("travel")
			.includeSensitive(false)
			.agentRunId("run_1")
			.build());

		verify(postRequestedFor(urlEqualTo(MEMORY + "/search")).withRequestBody(equalToJson("""
				{"user_id": "app-user-123", "query": "seat", "limit": 5, "min_similarity": 0.3,
				 "fact_type": "preference", "min_importance": 0.5, "source": "booking",
				 "created_after": "2026-01-01T00:00:00Z", "collection_key": "travel", "include_sensitive": false,
				 "agent_run_id": "run_1"}
				""")));
		assertThat(result.userId()).isEqualTo("app-user-123");
		assertThat(result.facts()).extracting(MemoryFact::memoryId).containsExactly("mem_1", "mem_2");
		MemoryFact first = result.facts().get(0);
		assertThat(first.fact()).isEqualTo("User prefers window seats");
		assertThat(first.factType()).isEqualTo("preference");
		assertThat(first.importanceScore()).isEqualTo(0.9);
		assertThat(first.similarity()).isEqualTo(0.99);
		assertThat(first.score()).isEqualTo(0.99);
		assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-04-01T09:30:00Z"));
		assertThat(first.expiresAt()).isNull();
		assertThat(first.source()).isEqualTo("booking");
		assertThat(first.status()).isEqualTo("active");
		assertThat(first.supersedesMemoryId()).isEqualTo("mem_0");
		assertThat(first.raw().get("embedding_model").stringValue()).isEqualTo("e5");
		assertThat(result.facts().get(1).fact()).isEqualTo("Flies to Lisbon");
		assertThat(result.facts().get(1).id()).isEqualTo("mem_2");
		assertThat(result.raw().get("query_ms").asInt()).isEqualTo(4);
	}

	@Test
	void retriesSearchMemoryOn503BecauseASearchChangesNothing() {
		this.server.stubFor(post(MEMORY + "/search").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> client().memory().search(MemorySearchParams.builder().userId("u1").build()))
			.isInstanceOf(ApiErrorException.class);

		this.server.verify(3, postRequestedFor(urlEqualTo(MEMORY + "/search")));
	}

	@Test
	void memoryProfileEncodesTheUserIdAsPathSegment() {
		this.server.stubFor(get(urlPathEqualTo(MEMORY + "/profile/app%2Fuser")).willReturn(okJson("""
				{"user_id": "app/user", "general_augment_user_id": "6f1c0e52", "profile": {"seat": "window"},
				 "recent_facts": [{"memory_id": "mem_1", "fact": "User prefers window seats"}], "total_facts": 7,
				 "profile_version": 3}
				""")));

		MemoryProfile profile = client().memory().profile(MemoryProfileParams.builder().userId("app/user").agentRunId("run 1").build());

		verify(getRequestedFor(urlEqualTo(MEMORY + "/profile/app%2Fuser?agent_run_id=run%201")));
		assertThat(profile.userId()).isEqualTo("app/user");
		assertThat(profile.generalAugmentUserId()).isEqualTo("6f1c0e52");
		assertThat(profile.profile()).containsEntry("seat", "window");
		assertThat(profile.recentFacts()).extracting(MemoryFact::memoryId).containsExactly("mem_1");
		assertThat(profile.totalFacts()).isEqualTo(7);
		assertThat(profile.raw().get("profile_version").asInt()).isEqualTo(3);
	}

	@Test
	void memoryProfileOmitsAnAbsentAgentRun() {
		this.server.stubFor(get(urlPathEqualTo(MEMORY + "/profile/app-user-123")).willReturn(okJson("{}")));

		MemoryProfile profile = client().memory().profile("app-user-123");

		verify(getRequestedFor(urlEqualTo(MEMORY + "/profile/app-user-123")));
		assertThat(profile.recentFacts()).isEmpty();
		assertThat(profile.totalFacts()).isZero();
	}

	@Test
	void deleteMemorySendsTheUserIdAsQueryParameterAndMapsTheReceipt() {
		this.server.stubFor(delete(urlPathEqualTo(MEMORY + "/mem%2F1")).willReturn(okJson("""
				{"status": "deleted", "deleted_count": 1, "deleted_ids": ["mem/1"], "memory_id": "mem/1",
				 "user_id": "app user", "general_augment_user_id": "6f1c0e52",
				 "receipt": {"receipt_id": "rcpt_1", "operation": "delete_memory", "deleted_count": 1,
				             "issued_at": "2026-04-01T10:00:00Z", "signature": "sig"},
				 "audit_id": "aud_1"}
				""")));

		MemoryDeletion deletion = client().memory().delete(MemoryDeleteParams.builder().memoryId("mem/1").userId("app user").build());

		verify(deleteRequestedFor(urlEqualTo(MEMORY + "/mem%2F1?user_id=app%20user")));
		assertThat(deletion.status()).isEqualTo("deleted");
		assertThat(deletion.deletedCount()).isEqualTo(1);
		assertThat(deletion.deletedIds()).containsExactly("mem/1");
		assertThat(deletion.memoryId()).isEqualTo("mem/1");
		assertThat(deletion.userId()).isEqualTo("app user");
		assertThat(deletion.generalAugmentUserId()).isEqualTo("6f1c0e52");
		assertThat(deletion.receipt()).isNotNull().satisfies((receipt) -> {
			assertThat(receipt.receiptId()).isEqualTo("rcpt_1");
			assertThat(receipt.operation()).isEqualTo("delete_memory");
			assertThat(receipt.deletedCount()).isEqualTo(1);
			assertThat(receipt.issuedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
			assertThat(receipt.raw().get("signature").stringValue()).isEqualTo("sig");
		});
		assertThat(deletion.raw().get("audit_id").stringValue()).isEqualTo("aud_1");
	}

	@Test
	void deleteMemoryReadsANoContentReplyAsAnEmptyDeletion() {
		this.server.stubFor(delete(urlPathEqualTo(MEMORY + "/mem_1")).willReturn(aResponse().withStatus(204)));

		MemoryDeletion deletion = client().memory().delete(MemoryDeleteParams.builder().memoryId("mem_1").userId("u1").build());

		assertThat(deletion.status()).isNull();
		assertThat(deletion.deletedCount()).isZero();
		assertThat(deletion.deletedIds()).isEmpty();
		assertThat(deletion.receipt()).isNull();
	}

	@Test
	void purgeUserMemoryEncodesTheUserIdAndMapsThePurge() {
		this.server.stubFor(delete(MEMORY + "/user/app%2Fuser").willReturn(okJson("""
				{"status": "purged", "deleted_count": 3, "deleted_ids": ["m1", "m2", "m3"], "memory_id": null,
				 "user_id": "app/user", "general_augment_user_id": "6f1c0e52"}
				""")));

		MemoryDeletion purge = client().memory().purge("app/user");

		verify(deleteRequestedFor(urlEqualTo(MEMORY + "/user/app%2Fuser")));
		assertThat(purge.status()).isEqualTo("purged");
		assertThat(purge.deletedCount()).isEqualTo(3);
		assertThat(purge.deletedIds()).containsExactly("m1", "m2", "m3");
		assertThat(purge.memoryId()).isNull();
		assertThat(purge.receipt()).isNull();
	}

	@Test
	void memoryErrorsCarryStatusReasonAndRequestId() {
		this.server.stubFor(post(MEMORY + "/store").willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-ID", "req_mem_1")
			.withBody("""
					{"code": "memory_idempotency_key_conflict", "reason": "memory_idempotency_key_conflict",
					 "message": "Idempotency key reused with a different body."}
					""")));

		ApiErrorException ex = catchThrowableOfType(ApiErrorException.class, () -> client().memory().store(
				MemoryStoreParams.builder().userId("u1").fact("Likes tea").idempotencyKey("k1").build()));

		assertThat(ex.status()).isEqualTo(409);
		assertThat(ex.reason()).isEqualTo("memory_idempotency_key_conflict");
		assertThat(ex.requestId()).isEqualTo("req_mem_1");
		this.server.verify(1, postRequestedFor(urlEqualTo(MEMORY + "/store")));
	}

	@Test
	void blankIdsAreRejectedBeforeSending() {
		GeneralAugmentClient client = client();

		assertThatThrownBy(() -> client.memory().profile(" ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("userId");
		assertThatThrownBy(() -> client.memory().delete(MemoryDeleteParams.builder().memoryId("").userId("u1").build())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("memoryId");
		assertThatThrownBy(() -> client.memory().delete(MemoryDeleteParams.builder().memoryId("mem_1").userId(" ").build())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("userId");
		assertThatThrownBy(() -> client.memory().purge(null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("userId");
		this.server.verify(0, anyRequestedFor(anyUrl()));
	}

}
