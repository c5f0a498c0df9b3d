package com.generalaugment.mock.platform;

import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A JSON reply. Its body is written in the canonical form of contract §7 (sorted keys, compact) with a
 * {@code Content-Length}.
 *
 * @param status the HTTP status
 * @param body the JSON document
 * @param headers extra response headers
 * @param delay how long to wait before answering
 */
public record JsonReply(int status, JsonNode body, Map<String, String> headers, Duration delay) implements MockReply {

	/**
	 * Copies the headers.
	 *
	 * @param status the HTTP status
	 * @param body the JSON document
	 * @param headers extra response headers
	 * @param delay how long to wait before answering
	 */
	public JsonReply {
		headers = Map.copyOf(headers);
	}

	/**
	 * A 200 reply without extra headers.
	 *
	 * @param body the JSON document
	 * @return the reply
	 */
	public static JsonReply ok(JsonNode body) {
		return new JsonReply(200, body, Map.of(), Duration.ZERO);
	}

	@Override
	public JsonReply withDelay(Duration delay) {
		return new JsonReply(status, body, headers, delay);
	}

}
