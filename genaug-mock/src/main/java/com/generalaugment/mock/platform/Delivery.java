package com.generalaugment.mock.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * How one request asked to be answered: its {@link MockScenario} and the pacing headers of
 * {@link MockHeaders}. Parsed once per request; bad values are a 400 {@code invalid_request}.
 *
 * @param scenario the selected scenario, if any
 * @param delay the {@value MockHeaders#DELAY_MS} value, if sent
 * @param eventDelay the pause before each stream event after the first
 * @param deltas the number of text delta events of a stream
 */
public record Delivery(Optional<MockScenario> scenario, Optional<Duration> delay, Duration eventDelay, int deltas) {

	/** A plain request: no scenario, no pacing, one delta. */
	public static final Delivery NORMAL = new Delivery(Optional.empty(), Optional.empty(), Duration.ZERO, 1);

	private static final long MAX_DELAY_MS = 600_000;

	private static final long MAX_EVENT_DELAY_MS = 60_000;

	private static final int MAX_DELTAS = 100_000;

	/**
	 * Reads the mock headers of a request.
	 *
	 * @param request the request
	 * @return the delivery
	 * @throws ApiError 400 {@code invalid_request} for an unknown scenario or a bad number
	 */
	public static Delivery of(MockRequest request) {
		String scenarioHeader = request.header(MockHeaders.SCENARIO);
		Optional<MockScenario> scenario = Optional.empty();
		if (scenarioHeader != null && !scenarioHeader.isBlank()) {
			scenario = Optional.of(MockScenario.fromHeaderValue(scenarioHeader).orElseThrow(
					() -> badHeader(MockHeaders.SCENARIO, "names no scenario")));
		}
		Optional<Duration> delay = number(request, MockHeaders.DELAY_MS, 0, MAX_DELAY_MS).map(Duration::ofMillis);
		Duration eventDelay = number(request, MockHeaders.EVENT_DELAY_MS, 0, MAX_EVENT_DELAY_MS)
			.map(Duration::ofMillis).orElse(Duration.ZERO);
		int deltas = number(request, MockHeaders.STREAM_DELTAS, 1, MAX_DELTAS).map(Long::intValue).orElse(1);
		return new Delivery(scenario, delay, eventDelay, deltas);
	}

	/**
	 * Whether this request selected the given scenario.
	 *
	 * @param candidate the scenario
	 * @return {@code true} when selected
	 */
	public boolean is(MockScenario candidate) {
		return scenario.filter(candidate::equals).isPresent();
	}

	/**
	 * The delay, or a default when the header was not sent.
	 *
	 * @param fallback the default
	 * @return the delay
	 */
	public Duration delayOr(Duration fallback) {
		return delay.orElse(fallback);
	}

	private static Optional<Long> number(MockRequest request, String header, long min, long max) {
		String raw = request.header(header);
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			long value = Long.parseLong(raw.strip());
			if (value < min || value > max) {
				throw badHeader(header, "must be between " + min + " and " + max);
			}
			return Optional.of(value);
		}
		catch (NumberFormatException ex) {
			throw badHeader(header, "must be a whole number");
		}
	}

	private static ApiError badHeader(String header, String problem) {
		return ApiError.of(400, "invalid_request", header + " " + problem + ".");
	}

}
