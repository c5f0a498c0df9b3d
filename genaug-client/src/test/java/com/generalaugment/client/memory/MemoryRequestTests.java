package com.generalaugment.client.memory;

import java.util.Map;

import com.generalaugment.client.json.JsonValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Memory requests check their values when built, so an invalid one never reaches the platform.
 */
class MemoryRequestTests {

	@Test
	void storeRequestRequiresAUserIdAndAFact() {
		assertThatThrownBy(() -> MemoryStoreRequest.builder().fact("Likes tea").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("userId must not be blank");
		assertThatThrownBy(() -> MemoryStoreRequest.builder().userId("u1").fact("  ").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("fact must not be blank");
	}

	@Test
	void importanceScoreMustBeBetweenZeroAndOne() {
		assertThatThrownBy(() -> MemoryStoreRequest.builder().importanceScore(1.5))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("importanceScore must be between 0 and 1");
		assertThatThrownBy(() -> MemoryStoreRequest.builder().importanceScore(-0.1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MemoryStoreRequest.builder().importanceScore(Double.NaN))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(MemoryStoreRequest.builder().userId("u").fact("f").importanceScore(1.0).build().importanceScore())
			.isEqualTo(1.0);
	}

	@Test
	void factTypeMustBeOneThePlatformKnows() {
		assertThatThrownBy(() -> MemoryStoreRequest.builder().factType("opinion"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("factType must be one of [preference, fact, entity, summary]");
		assertThatThrownBy(() -> MemorySearchRequest.builder().factType("opinion"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void blankIdempotencyKeyIsRejected() {
		assertThatThrownBy(() -> MemoryStoreRequest.builder().idempotencyKey(" "))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("idempotencyKey");
	}

	@Test
	void searchRequestChecksUserIdLimitAndThresholds() {
		assertThatThrownBy(() -> MemorySearchRequest.builder().build()).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("userId must not be blank");
		assertThatThrownBy(() -> MemorySearchRequest.builder().limit(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("limit");
		assertThatThrownBy(() -> MemorySearchRequest.builder().minSimilarity(2.0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("minSimilarity");
		assertThatThrownBy(() -> MemorySearchRequest.builder().minImportance(-1.0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("minImportance");
	}

	@Test
	void toStringKeepsTheFactOutOfLogs() {
		MemoryStoreRequest request = MemoryStoreRequest.builder()
			.userId("u1")
			.fact("Diagnosed with asthma")
			.userProfile(Map.of("condition", "asthma"))
			.build();

		assertThat(request.toString()).doesNotContain("asthma");
		assertThat(request.toJson(JsonValues.DEFAULT_MAPPER).get("user_profile").get("condition").stringValue())
			.isEqualTo("asthma");
	}

}
