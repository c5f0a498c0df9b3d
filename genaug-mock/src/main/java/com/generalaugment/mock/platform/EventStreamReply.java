package com.generalaugment.mock.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A {@code text/event-stream} reply, as a list of chunks the server writes and flushes one at a time, so
 * a client observes the events as they are produced (contract §4/§7 streaming).
 *
 * @param chunks the chunks, in order
 * @param abortAtEnd whether the server drops the connection after the last chunk instead of ending the
 *        body cleanly (the {@code stream-truncated} scenario)
 * @param headers extra response headers
 * @param delay how long to wait before answering
 */
public record EventStreamReply(List<Chunk> chunks, boolean abortAtEnd, Map<String, String> headers, Duration delay)
		implements MockReply {

	/**
	 * Copies the lists.
	 *
	 * @param chunks the chunks
	 * @param abortAtEnd whether to drop the connection at the end
	 * @param headers extra headers
	 * @param delay the initial delay
	 */
	public EventStreamReply {
		chunks = List.copyOf(chunks);
		headers = Map.copyOf(headers);
	}

	@Override
	public int status() {
		return 200;
	}

	@Override
	public EventStreamReply withDelay(Duration delay) {
		return new EventStreamReply(chunks, abortAtEnd, headers, delay);
	}

	/**
	 * Bytes written and flushed together, after a pause.
	 *
	 * @param bytes the bytes (usually one whole SSE event)
	 * @param pauseBefore how long to wait before writing them
	 */
	public record Chunk(byte[] bytes, Duration pauseBefore) {
	}

}
