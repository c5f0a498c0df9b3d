package com.generalaugment.spring.proxy;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * Reads and drops what a client still sends after its call was refused, then completes the exchange
 * (whose connection closes). Closing at once would leave unread bytes in the server's socket, and a
 * socket closed with unread bytes resets the connection: the client, often still sending, then loses the
 * refusal it was sent. So the refusal goes out first, and the rest of the body is discarded — without a
 * thread, and only up to a bound in bytes and in time, since a hostile client could send forever.
 */
final class ProxyDiscard implements ReadListener {

	/** The most bytes discarded after a refusal: what Tomcat itself swallows by default. */
	static final long MAX_BYTES = 2L * 1024 * 1024;

	/** The most time given to the rest of a refused body. */
	static final Duration MAX_TIME = Duration.ofSeconds(2);

	private final ServletInputStream in;

	private final ProxyExchange exchange;

	private final byte[] scratch = new byte[8192];

	private long left = MAX_BYTES;

	private volatile boolean done;

	private ProxyDiscard(ServletInputStream in, ProxyExchange exchange) {
		this.in = in;
		this.exchange = exchange;
		exchange.readDeadline(System.nanoTime() + MAX_TIME.toNanos(), this::finish);
	}

	/**
	 * Discard the rest of a refused body from now on (the refusal is already written).
	 * @param in the request's stream, with no listener yet
	 * @param exchange the refused call
	 */
	static void start(ServletInputStream in, ProxyExchange exchange) {
		in.setReadListener(takeOver(in, exchange));
	}

	/**
	 * Discard the rest of a refused body from within the listener that was reading it.
	 * @param in the request's stream
	 * @param exchange the refused call
	 * @return the listener to forward the stream's callbacks to
	 */
	static ReadListener takeOver(ServletInputStream in, ProxyExchange exchange) {
		return new ProxyDiscard(in, exchange);
	}

	@Override
	public void onDataAvailable() throws IOException {
		while (!this.done && this.in.isReady()) {
			int read = this.in.read(this.scratch);
			if (read < 0) {
				return;
			}
			this.left -= read;
			if (this.left <= 0) {
				finish();
			}
		}
	}

	@Override
	public void onAllDataRead() {
		finish();
	}

	@Override
	public void onError(Throwable failure) {
		finish();
	}

	private void finish() {
		this.done = true;
		this.exchange.clearReadDeadline();
		this.exchange.complete();
	}

}
