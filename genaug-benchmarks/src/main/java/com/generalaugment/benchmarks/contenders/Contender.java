package com.generalaugment.benchmarks.contenders;

/**
 * One way for a Java backend to call {@code POST /v1/responses}: the same request, against the same
 * fixed-reply upstream, consumed the way an application would (the reply's output text; every event of a
 * stream, appending the text deltas).
 */
public interface Contender extends AutoCloseable {

	/** The input every contender sends. */
	String INPUT = "Summarize this support request and suggest the next action: invoices exported after the "
			+ "2.4 update show the wrong currency symbol for EUR accounts.";

	/** The app user every contender names. */
	String USER = "bench-user-1";

	/** The key every contender sends as {@code Authorization: Bearer}. */
	String API_KEY = "bench-key";

	/**
	 * One round trip.
	 * @return the reply's output text
	 */
	String createResponse();

	/**
	 * Stream one reply and read every event.
	 * @return what was read
	 */
	StreamOutcome streamResponse();

	@Override
	void close();

	/**
	 * What a contender read from one stream.
	 *
	 * @param firstEventNanos {@link System#nanoTime()} when the first event was handed to the caller
	 * @param events the number of events read
	 * @param text the concatenated text deltas
	 */
	record StreamOutcome(long firstEventNanos, int events, String text) {
	}

}
