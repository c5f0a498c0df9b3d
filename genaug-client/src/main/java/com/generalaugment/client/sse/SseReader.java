package com.generalaugment.client.sse;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads Server-Sent Events from a body as they arrive (contract §4, after the SSE specification):
 * events end at a blank line (LF, CRLF or CR), lines starting with {@code :} are comments,
 * {@code event:} names the event (default {@code message}), {@code data:} lines are joined with
 * {@code \n}, {@code id:} and {@code retry:} are ignored, a block without data yields nothing, and a
 * last block without its blank line is still delivered when the body ends.
 *
 * <p>Nothing is buffered beyond the current line: {@link #next()} returns as soon as an event's blank
 * line has arrived.
 */
public final class SseReader implements Closeable {

	private static final String DEFAULT_EVENT = "message";

	private final BufferedReader reader;

	/**
	 * Read events from a UTF-8 body.
	 * @param body the body
	 */
	public SseReader(InputStream body) {
		// A small buffer: BufferedReader only blocks for more input when it has no complete line.
		this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 8192);
	}

	/**
	 * Block until the next event arrives.
	 * @return the event, or {@code null} when the body ended
	 * @throws IOException when reading fails
	 */
	public @Nullable ServerSentEvent next() throws IOException {
		String event = null;
		StringBuilder data = null;
		String line;
		while ((line = this.reader.readLine()) != null) {
			if (line.isEmpty()) {
				if (data != null) {
					return new ServerSentEvent((event != null) ? event : DEFAULT_EVENT, data.toString());
				}
				event = null;
				continue;
			}
			if (line.charAt(0) == ':') {
				continue;
			}
			int colon = line.indexOf(':');
			String field = (colon < 0) ? line : line.substring(0, colon);
			String value = (colon < 0) ? "" : line.substring(colon + ((colon + 1 < line.length()
					&& line.charAt(colon + 1) == ' ') ? 2 : 1));
			switch (field) {
				case "event" -> event = value;
				case "data" -> {
					if (data == null) {
						data = new StringBuilder(value.length());
					}
					else {
						data.append('\n');
					}
					data.append(value);
				}
				default -> {
					// id, retry and unknown fields carry nothing this SDK uses.
				}
			}
		}
		return (data != null) ? new ServerSentEvent((event != null) ? event : DEFAULT_EVENT, data.toString()) : null;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
