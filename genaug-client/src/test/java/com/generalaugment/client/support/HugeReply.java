package com.generalaugment.client.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A 200 reply with a body of {@link #SIZE} bytes, written on the fly from one reused block — so the server
 * side allocates nothing while it runs — chunked or with its {@code Content-Length}. It stops when the
 * client hangs up, and counts the body bytes it wrote until then.
 */
public final class HugeReply implements ScriptedHttpServer.Script {

	/** The body size, 1.5 GiB. */
	public static final long SIZE = 1536L * 1024 * 1024;

	private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

	private final String head;

	private final String start;

	private final String end;

	private final boolean chunked;

	private final AtomicLong written = new AtomicLong();

	private final CountDownLatch ended = new CountDownLatch(1);

	/**
	 * @param head the status line and headers, each ending in CRLF, without the framing header
	 * @param start the start of the body
	 * @param end the end of the body; the block of {@code a}s in between fills it to {@link #SIZE}
	 * @param chunked send it chunked, else with its {@code Content-Length}
	 */
	public HugeReply(String head, String start, String end, boolean chunked) {
		this.head = head;
		this.start = start;
		this.end = end;
		this.chunked = chunked;
	}

	@Override
	public void reply(ScriptedHttpServer.Exchange exchange) throws Exception {
		try {
			exchange.write(this.head + (this.chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + SIZE)
					+ "\r\n\r\n" + frame(this.start));
			byte[] block = new byte[64 * 1024];
			Arrays.fill(block, (byte) 'a');
			byte[] chunkHead = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			long sent = this.start.length();
			while (sent + block.length + this.end.length() < SIZE) {
				if (this.chunked) {
					exchange.write(chunkHead, chunkHead.length);
				}
				exchange.write(block, block.length);
				if (this.chunked) {
					exchange.write(CRLF, CRLF.length);
				}
				sent += block.length;
				this.written.set(sent);
			}
			// Reached only by a client that reads it all.
			exchange.write(frame("a".repeat((int) (SIZE - sent - this.end.length())) + this.end)
					+ (this.chunked ? "0\r\n\r\n" : ""));
		}
		finally {
			this.ended.countDown();
		}
	}

	private String frame(String text) {
		return this.chunked ? Integer.toHexString(text.length()) + "\r\n" + text + "\r\n" : text;
	}

	/**
	 * Wait until the server stopped writing.
	 * @return the body bytes it wrote
	 */
	public long awaitEnd() throws InterruptedException {
		if (!this.ended.await(10, TimeUnit.SECONDS)) {
			throw new AssertionError("The server was still writing the huge reply after 10 s");
		}
		return this.written.get();
	}

}
