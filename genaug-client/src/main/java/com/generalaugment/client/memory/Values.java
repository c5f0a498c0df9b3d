package com.generalaugment.client.memory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Argument checks and tolerant readers shared by the memory models.
 */
final class Values {

	/** The {@code fact_type} values the platform accepts (contract §2). */
	static final List<String> FACT_TYPES = List.of("preference", "fact", "entity", "summary");

	private Values() {
	}

	static @Nullable Double unitInterval(@Nullable Double value, String name) {
		if (value != null && !(value >= 0.0 && value <= 1.0)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
		}
		return value;
	}

	static @Nullable String factType(@Nullable String value, String name) {
		if (value != null && !FACT_TYPES.contains(value)) {
			throw new IllegalArgumentException(name + " must be one of " + FACT_TYPES + ", was '" + value + "'");
		}
		return value;
	}

}
