package com.generalaugment.mock.platform;

/**
 * Request headers that steer the mock. None of them exists on the real platform; a client never needs
 * them except to provoke a failure or pace a stream in a test.
 */
public final class MockHeaders {

	/**
	 * Selects a failure scenario for this one request; the values are those of {@link MockScenario}
	 * (e.g. {@code X-Genaug-Mock-Scenario: rate-limit}). An unknown value is answered with 400
	 * {@code invalid_request}, so a typo cannot silently test the happy path.
	 */
	public static final String SCENARIO = "X-Genaug-Mock-Scenario";

	/**
	 * Milliseconds for the {@code slow} scenario (default 2000) and for the pause of {@code stream-stall}
	 * (default 30000). At most 600000.
	 */
	public static final String DELAY_MS = "X-Genaug-Mock-Delay-Ms";

	/**
	 * Milliseconds to wait before each stream event after the first, so a test can watch events arrive
	 * one by one. Default 0; at most 60000.
	 */
	public static final String EVENT_DELAY_MS = "X-Genaug-Mock-Event-Delay-Ms";

	/**
	 * Number of {@code response.output_text.delta} events a stream carries (default 1, at most 100000).
	 * The output text is cut into that many near-equal pieces; a text shorter than that is first repeated,
	 * space-separated, until it is long enough, and the reply's text, usage and final event show the
	 * longer text. Meant for benchmarks of stream parsing.
	 */
	public static final String STREAM_DELTAS = "X-Genaug-Mock-Stream-Deltas";

	private MockHeaders() {
	}

}
