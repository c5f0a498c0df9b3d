package com.generalaugment.client.internal.sse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SSE parsing rules of contract §4.
 */
class SseReaderTests {

	private static final int MAX_EVENT_SIZE = 1024 * 1024;

	private static List<ServerSentEvent> read(String body) throws IOException {
		return read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<ServerSentEvent> read(InputStream body) throws IOException {
		List<ServerSentEvent> events = new ArrayList<>();
		try (SseReader reader = new SseReader(body, MAX_EVENT_SIZE)) {
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

	@Test
	void readsCrSeparatedEvents() throws IOException {
		assertThat(read("event: a\rdata: one\r\rdata: two\r\r"))
			.containsExactly(new ServerSentEvent("a", "one"), new ServerSentEvent("message", "two"));
	}

	@Test
	void readsEventsDeliveredOneByteAtATime() throws IOException {
		String longText = "x".repeat(20_000);
		String body = "event: a\r\ndata: h\u00e9llo \u2014 \u65e5\u672c \uD83D\uDE00\r\n\r\ndata: " + longText + "\r\r\n\n";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		InputStream trickle = new ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] buffer, int offset, int length) {
				return super.read(buffer, offset, Math.min(length, 1));
			}
		};
		assertThat(read(trickle)).containsExactly(
				new ServerSentEvent("a", "h\u00e9llo \u2014 \u65e5\u672c \uD83D\uDE00"),
				new ServerSentEvent("message", longText));
	}

	@Test
	void skipsALeadingByteOrderMark() throws IOException {
		assertThat(read("\uFEFFdata: x\n\n")).containsExactly(new ServerSentEvent("message", "x"));
	}

	@Test
	void anEventOfExactlyTheMaximumSizeIsRead() throws IOException {
		// 10 + 46 + 46 bytes of lines, their line breaks left out.
		String body = "event: big\ndata: " + "a".repeat(40) + "\ndata: " + "b".repeat(40) + "\n\n";
		try (SseReader reader = new SseReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 102)) {
			assertThat(reader.next()).isEqualTo(new ServerSentEvent("big", "a".repeat(40) + "\n" + "b".repeat(40)));
		}
	}

	@Test
	void anEventWhoseLinesTogetherPassTheMaximumSizeFails() throws IOException {
		String body = "data: small\n\ndata: " + "a".repeat(50) + "\ndata: " + "b".repeat(50) + "\n\n";
		try (SseReader reader = new SseReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 100)) {
			assertThat(reader.next()).isEqualTo(new ServerSentEvent("message", "small"));
			assertThatThrownBy(reader::next).isInstanceOfSatisfying(EventTooLargeException.class,
					(ex) -> assertThat(ex.limit()).isEqualTo(100));
		}
	}

	@Test
	void aLineLongerThanTheMaximumSizeFailsBeforeItEnds() throws IOException {
		long[] served = new long[1];
		InputStream endless = new InputStream() {
			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				Arrays.fill(buffer, offset, offset + length, (byte) 'x');
				served[0] += length;
				return length;
			}
		};
		try (SseReader reader = new SseReader(endless, 64 * 1024)) {
			assertThatThrownBy(reader::next).isInstanceOf(EventTooLargeException.class);
		}
		assertThat(served[0]).isLessThan(64 * 1024 + 8192 + 1);
	}

	@Test
	void returnsAnEventWithoutWaitingForMoreOfTheBody() throws IOException {
		List<byte[]> chunks = List.of("data: one\n\n".getBytes(StandardCharsets.UTF_8),
				"data: two\n\n".getBytes(StandardCharsets.UTF_8));
		int[] reads = new int[1];
		InputStream chunked = new InputStream() {
			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (reads[0] == chunks.size()) {
					return -1;
				}
				byte[] chunk = chunks.get(reads[0]++);
				System.arraycopy(chunk, 0, buffer, offset, chunk.length);
				return chunk.length;
			}
		};
		try (SseReader reader = new SseReader(chunked, MAX_EVENT_SIZE)) {
			assertThat(reader.next()).isEqualTo(new ServerSentEvent("message", "one"));
			assertThat(reads[0]).as("reads before the first event was returned").isEqualTo(1);
			assertThat(reader.next()).isEqualTo(new ServerSentEvent("message", "two"));
			assertThat(reader.next()).isNull();
		}
		assertThat(reads[0]).isEqualTo(2);
	}

}
