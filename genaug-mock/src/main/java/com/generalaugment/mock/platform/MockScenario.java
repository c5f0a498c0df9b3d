package com.generalaugment.mock.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The failure scenarios selected with the {@value MockHeaders#SCENARIO} request header. They apply to
 * every platform route (including health), after routing and the credential check, and never to the
 * mock's own {@code /__genaug/*} routes. The stream scenarios only change {@code /v1/responses} calls with
 * {@code "stream": true}; other calls are answered normally. The turn itself is still served and stored
 * (so an idempotent retry replays it), only its delivery fails.
 */
public enum MockScenario {

	/**
	 * 429 with {@code Retry-After: 1}, {@code X-RateLimit-Limit/-Remaining/-Reset/-Policy} and the body
	 * {@code {"code":"rate_limited","reason":"rate_limit_exceeded",...,"detail":{...}}}.
	 */
	RATE_LIMIT("rate-limit"),

	/** 500 {@code internal_error}. */
	SERVER_ERROR("server-error"),

	/** 503 {@code service_unavailable} with {@code Retry-After: 1}. */
	UNAVAILABLE("unavailable"),

	/** The normal reply, after a delay of {@value MockHeaders#DELAY_MS} (default 2000 ms). */
	SLOW("slow"),

	/**
	 * The stream sends {@code response.created} and {@code response.in_progress}, then pauses for
	 * {@value MockHeaders#DELAY_MS} (default 30000 ms) before the rest.
	 */
	STREAM_STALL("stream-stall"),

	/**
	 * The stream sends its first three events and half of the fourth, then the connection is dropped
	 * without ending the chunked body: the client sees a premature end of stream.
	 */
	STREAM_TRUNCATED("stream-truncated"),

	/**
	 * The stream sends {@code response.created} and {@code response.in_progress}, then
	 * {@code event: error} with data {@code {"code":"agent_failed","reason":"agent_failed","message":...,
	 * "type":"error","sequence_number":2}} and ends.
	 */
	STREAM_ERROR("stream-error");

	private final String headerValue;

	MockScenario(String headerValue) {
		this.headerValue = headerValue;
	}

	/**
	 * The value to send in {@value MockHeaders#SCENARIO}.
	 *
	 * @return the header value, e.g. {@code rate-limit}
	 */
	public String headerValue() {
		return headerValue;
	}

	/**
	 * Finds the scenario for a header value.
	 *
	 * @param value the header value, compared ignoring case and surrounding spaces
	 * @return the scenario, or empty when the value names none
	 */
	public static Optional<MockScenario> fromHeaderValue(String value) {
		String wanted = value.strip();
		return Arrays.stream(values()).filter(s -> s.headerValue.equalsIgnoreCase(wanted)).findFirst();
	}

}
