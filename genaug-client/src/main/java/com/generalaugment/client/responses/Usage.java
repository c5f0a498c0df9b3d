package com.generalaugment.client.responses;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Token usage of a response.
 *
 * @param inputTokens tokens read
 * @param cachedTokens of which served from cache ({@code input_tokens_details.cached_tokens})
 * @param outputTokens tokens written
 * @param reasoningTokens of which spent reasoning ({@code output_tokens_details.reasoning_tokens})
 * @param totalTokens the total
 */
public record Usage(long inputTokens, long cachedTokens, long outputTokens, long reasoningTokens, long totalTokens) {

	static @Nullable Usage from(@Nullable JsonNode usage) {
		if (usage == null || !usage.isObject()) {
			return null;
		}
		return new Usage(orZero(JsonValues.longValue(usage, "input_tokens")),
				orZero(JsonValues.longValue(usage.get("input_tokens_details"), "cached_tokens")),
				orZero(JsonValues.longValue(usage, "output_tokens")),
				orZero(JsonValues.longValue(usage.get("output_tokens_details"), "reasoning_tokens")),
				orZero(JsonValues.longValue(usage, "total_tokens")));
	}

	private static long orZero(@Nullable Long value) {
		return (value != null) ? value : 0;
	}

}
