package com.generalaugment.client.internal.sse;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads Server-Sent Events from a body as they arrive (contract §4, after the SSE specification):
 * events end at a blank line (LF, CRLF or CR), lines starting with {@code :} are comments,
 * {@code event:} names the event (default {@code message}), {@code data:} lines are joined with
 * {@code \n}, {@code id:} and {@code retry:} are ignored, a block without data yields nothing, and a
 * last block without its blank line is still delivered when the body ends. A leading UTF-8 byte order
 * mark is skipped.
 *
 * <p>Lines are split on the UTF-8 bytes and only field values are decoded: a line break or a colon
 * never occurs inside a multi-byte UTF-8 sequence, and decoding a value straight from bytes is much
 * cheaper than decoding the whole body through a {@code Reader}.
 *
 * <p>Nothing is buffered beyond what the body has delivered: {@link #next()} returns as soon as an
 * event's blank line has arrived, and reads again only when no complete line is buffered. Nor beyond a
 * maximum event size: an event whose lines together pass it, or a line that does, fails with an
 * {@link EventTooLargeException} before more of it is held.
 */
public final class SseReader implements Closeable {

	private static final String DEFAULT_EVENT = "message";

	private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);

	private final InputStream body;

	private final int maxEventSize;

	private final byte[] buffer = new byte[8192];

	private int position;

	private int limit;

	/** The start of a line that began in an earlier read, while it spans reads. */
	private byte[] pending = new byte[0];

	private int pendingLength;

	/** A line ended with CR: an LF right after it belongs to the same line break. */
	private boolean skipLineFeed;

	private boolean started;

	private boolean ended;

	/**
	 * Read events from a UTF-8 body.
	 * @param body the body
	 * @param maxEventSize the most bytes the lines of one event may have together, field names included and
	 * line breaks left out
	 */
	public SseReader(InputStream body, int maxEventSize) {
		this.body = body;
		this.maxEventSize = maxEventSize;
	}

	/**
	 * Block until the next event arrives.
	 * @return the event, or {@code null} when the body ended
	 * @throws EventTooLargeException when an event is over the maximum size
	 * @throws IOException when reading fails
	 */
	public @Nullable ServerSentEvent next() throws IOException {
		String event = null;
		String data = null;
		StringBuilder moreData = null;
		int size = 0;
		Line line;
		while ((line = readLine()) != null) {
			byte[] bytes = line.bytes;
			int start = line.start;
			int end = line.end;
			if (start == end) {
				if (data != null) {
					return new ServerSentEvent((event != null) ? event : DEFAULT_EVENT,
							(moreData != null) ? moreData.toString() : data);
				}
				event = null;
				size = 0;
				continue;
			}
			size += end - start;
			if (size > this.maxEventSize) {
				throw new EventTooLargeException(this.maxEventSize);
			}
			if (bytes[start] == ':') {
				continue;
			}
			int colon = indexOf(bytes, start, end, (byte) ':');
			int fieldEnd = (colon < 0) ? end : colon;
			int valueStart = (colon < 0) ? end : (colon + 1 < end && bytes[colon + 1] == ' ') ? colon + 2 : colon + 1;
			if (is(DATA, bytes, start, fieldEnd)) {
				String value = new String(bytes, valueStart, end - valueStart, StandardCharsets.UTF_8);
				if (data == null) {
					data = value;
				}
				else {
					if (moreData == null) {
						moreData = new StringBuilder(data);
					}
					moreData.append('\n').append(value);
				}
			}
			else if (is(EVENT, bytes, start, fieldEnd)) {
				event = new String(bytes, valueStart, end - valueStart, StandardCharsets.UTF_8);
			}
			// id, retry and unknown fields carry nothing this SDK uses.
		}
		return (data != null) ? new ServerSentEvent((event != null) ? event : DEFAULT_EVENT,
				(moreData != null) ? moreData.toString() : data) : null;
	}

	@Override
	public void close() throws IOException {
		this.body.close();
	}

	/**
	 * The next line without its line break, or {@code null} at the end of the body. A line the body
	 * ends without a line break is still a line. The returned bytes are valid until the next call.
	 */
	private @Nullable Line readLine() throws IOException {
		this.pendingLength = 0;
		while (true) {
			if (this.position == this.limit && !fill()) {
				if (this.pendingLength > 0) {
					return new Line(this.pending, 0, this.pendingLength);
				}
				return null;
			}
			if (this.skipLineFeed) {
				this.skipLineFeed = false;
				if (this.buffer[this.position] == '\n') {
					this.position++;
					continue;
				}
			}
			int start = this.position;
			for (int i = start; i < this.limit; i++) {
				byte b = this.buffer[i];
				if (b == '\n' || b == '\r') {
					this.position = i + 1;
					this.skipLineFeed = b == '\r';
					if (this.pendingLength == 0) {
						return new Line(this.buffer, start, i);
					}
					append(start, i);
					return new Line(this.pending, 0, this.pendingLength);
				}
			}
			// No line break yet: keep what arrived and read on.
			append(start, this.limit);
			this.position = this.limit;
		}
	}

	private boolean fill() throws IOException {
		if (this.ended) {
			return false;
		}
		int read = this.body.read(this.buffer, 0, this.buffer.length);
		if (read < 0) {
			this.ended = true;
			return false;
		}
		this.position = 0;
		this.limit = read;
		if (!this.started && read > 0) {
			this.started = true;
			skipByteOrderMark();
		}
		return true;
	}

	private void skipByteOrderMark() throws IOException {
		// A first read shorter than a BOM is rare, but then wait for the three bytes that tell.
		while (this.limit < 3) {
			int read = this.body.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (read < 0) {
				break;
			}
			this.limit += read;
		}
		if (this.limit >= 3 && (this.buffer[0] & 0xFF) == 0xEF && (this.buffer[1] & 0xFF) == 0xBB
				&& (this.buffer[2] & 0xFF) == 0xBF) {
			this.position = 3;
		}
	}

	private void append(int from, int to) throws EventTooLargeException {
		int length = to - from;
		int needed = this.pendingLength + length;
		if (needed > this.maxEventSize) {
			throw new EventTooLargeException(this.maxEventSize);
		}
		if (needed > this.pending.length) {
			this.pending = Arrays.copyOf(this.pending,
					Math.min(Math.max(this.pending.length * 2, needed), this.maxEventSize));
		}
		System.arraycopy(this.buffer, from, this.pending, this.pendingLength, length);
		this.pendingLength += length;
	}

	private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static boolean is(byte[] name, byte[] bytes, int from, int to) {
		return to - from == name.length && Arrays.equals(name, 0, name.length, bytes, from, to);
	}

	private record Line(byte[] bytes, int start, int end) {
	}

}
