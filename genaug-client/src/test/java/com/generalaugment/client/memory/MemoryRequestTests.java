package com.generalaugment.client.memory;

import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Memory requests check their values when built, so an invalid one never reaches the platform.
 */
class MemoryRequestTests {

	@Test
	void storeRequestRequiresAUserIdAndAFact() {
		assertThatThrownBy(() -> MemoryStoreParams.builder().fact("Likes tea").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("userId must not be blank");
		assertThatThrownBy(() -> MemoryStoreParams.builder().userId("u1").fact("  ").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("fact must not be blank");
	}

	@Test
	void importanceScoreMustBeBetweenZeroAndOne() {
		assertThatThrownBy(() -> MemoryStoreParams.builder().importanceScore(1.5))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("importanceScore must be between 0 and 1");
		assertThatThrownBy(() -> MemoryStoreParams.builder().importanceScore(-0.1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MemoryStoreParams.builder().importanceScore(Double.NaN))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(MemoryStoreParams.builder().userId("u").fact("f").importanceScore(1.0).build().importanceScore())
			.isEqualTo(1.0);
	}

	@Test
	void factTypeMustBeOneThePlatformKnows() {
		assertThatThrownBy(() -> MemoryStoreParams.builder().factType("opinion"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("factType must be one of [preference, fact, entity, summary]");
		assertThatThrownBy(() -> MemorySearchParams.builder().factType("opinion"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void blankIdempotencyKeyIsRejected() {
		assertThatThrownBy(() -> MemoryStoreParams.builder().idempotencyKey(" "))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("idempotencyKey");
	}

	@Test
	void searchRequestChecksUserIdLimitAndThresholds() {
		assertThatThrownBy(() -> MemorySearchParams.builder().build()).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("userId must not be blank");
		assertThatThrownBy(() -> MemorySearchParams.builder().limit(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("limit");
		assertThatThrownBy(() -> MemorySearchParams.builder().minSimilarity(2.0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("minSimilarity");
		assertThatThrownBy(() -> MemorySearchParams.builder().minImportance(-1.0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("minImportance");
	}

	@Test
	void toStringKeepsTheFactOutOfLogs() {
		MemoryStoreParams request = MemoryStoreParams.builder()
			.userId("u1")
			.fact("Diagnosed with asthma")
			.userProfile(Map.of("condition", "asthma"))
			.build();

		assertThat(request.toString()).doesNotContain("asthma");
		assertThat(request.toJson(JsonValues.DEFAULT_MAPPER).get("user_profile").get("condition").stringValue())
			.isEqualTo("asthma");
	}

}
