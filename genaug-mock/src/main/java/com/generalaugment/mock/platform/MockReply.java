package com.generalaugment.mock.platform;

import java.time.Duration;
import java.util.Map;

/**
 * What the simulated platform answers: a JSON document or a Server-Sent Events stream. The server that
 * embeds the platform (WireMock here) only has to put it on the wire.
 */
public sealed interface MockReply permits JsonReply, EventStreamReply {

	/**
	 * The HTTP status.
	 *
	 * @return the status code
	 */
	int status();

	/**
	 * Extra response headers (the content headers are the server's job).
	 *
	 * @return the headers, never {@code null}
	 */
	Map<String, String> headers();

	/**
	 * How long the server waits before it starts to answer (the {@code slow} scenario).
	 *
	 * @return the delay, {@link Duration#ZERO} for none
	 */
	Duration delay();

	/**
	 * The same reply, started after the given delay.
	 *
	 * @param delay the delay
	 * @return a new reply
	 */
	MockReply withDelay(Duration delay);

}
