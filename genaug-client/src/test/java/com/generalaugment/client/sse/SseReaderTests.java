package com.generalaugment.client.sse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSE parsing rules of contract §4.
 */
class SseReaderTests {

	private static List<ServerSentEvent> read(String body) throws IOException {
		List<ServerSentEvent> events = new ArrayList<>();
		try (SseReader reader = new SseReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))) {
			ServerSentEvent event;
			while ((event = reader.next()) != null) {
				events.add(event);
			}
		}
		return events;
	}

	@Test
	void readsLfSeparatedEvents() throws IOException {
		assertThat(read("event: a\ndata: {\"x\":1}\n\nevent: b\ndata: 2\n\n"))
			.containsExactly(new ServerSentEvent("a", "{\"x\":1}"), new ServerSentEvent("b", "2"));
	}

	@Test
	void readsCrlfSeparatedEvents() throws IOException {
		assertThat(read("event: a\r\ndata: one\r\n\r\nevent: b\r\ndata: two\r\n\r\n"))
			.containsExactly(new ServerSentEvent("a", "one"), new ServerSentEvent("b", "two"));
	}

	@Test
	void skipsCommentsAndIgnoresIdAndRetry() throws IOException {
		assertThat(read(": keep-alive\nid: 7\nretry: 100\nevent: a\ndata: x\n\n: bye\n\n"))
			.containsExactly(new ServerSentEvent("a", "x"));
	}

	@Test
	void joinsMultiLineDataWithNewlines() throws IOException {
		assertThat(read("data: line one\ndata: line two\ndata:line three\n\n"))
			.containsExactly(new ServerSentEvent("message", "line one\nline two\nline three"));
	}

	@Test
	void defaultsTheEventNameToMessage() throws IOException {
		assertThat(read("data: hello\n\n")).containsExactly(new ServerSentEvent("message", "hello"));
	}

	@Test
	void aBlockWithoutDataYieldsNothingAndResetsTheName() throws IOException {
		assertThat(read("event: lonely\n\ndata: x\n\n")).containsExactly(new ServerSentEvent("message", "x"));
	}

	@Test
	void deliversALastBlockWithoutItsBlankLine() throws IOException {
		assertThat(read("event: a\ndata: first\n\nevent: b\ndata: last"))
			.containsExactly(new ServerSentEvent("a", "first"), new ServerSentEvent("b", "last"));
	}

	@Test
	void keepsAnEmptyDataLineAndColonsInValues() throws IOException {
		assertThat(read("data\n\ndata: a: b\n\n"))
			.containsExactly(new ServerSentEvent("message", ""), new ServerSentEvent("message", "a: b"));
	}

}
