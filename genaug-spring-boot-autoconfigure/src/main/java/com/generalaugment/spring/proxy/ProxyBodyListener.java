package com.generalaugment.spring.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a proxy request's body without blocking: the container calls back as bytes arrive, so a client
 * sending its body a byte at a time holds no thread, only its connection. The body is bounded in size
 * (413 once past the limit) and in time: if it is not all in by the deadline the call ends with 408
 * {@code request_timeout} and the connection is closed.
 */
final class ProxyBodyListener implements ReadListener {

	private static final int CHUNK = 8192;

	private final ServletInputStream in;

	private final ProxyExchange exchange;

	private final long maxBytes;

	private final Consumer<byte[]> onBody;

	private final ProxyRejectionListener rejections;

	// The declared length's array, filled in place; else a growing buffer for a chunked body.
	private final byte @Nullable [] declared;

	private int filled;

	private final ByteArrayOutputStream chunked;

	private final byte[] chunk;

	private final AtomicBoolean done = new AtomicBoolean();

	// Once a body is refused for its size, what is left of it goes here.
	private volatile @Nullable ReadListener discard;

	private ProxyBodyListener(ServletInputStream in, ProxyExchange exchange, long declaredLength, long maxBytes,
			ProxyRejectionListener rejections, Consumer<byte[]> onBody) {
		this.in = in;
		this.rejections = rejections;
		this.exchange = exchange;
		this.maxBytes = maxBytes;
		this.onBody = onBody;
		this.declared = (declaredLength >= 0) ? new byte[(int) declaredLength] : null;
		this.chunked = new ByteArrayOutputStream((declaredLength >= 0) ? 0 : CHUNK);
		this.chunk = (declaredLength >= 0) ? new byte[0] : new byte[CHUNK];
	}

	/**
	 * Start reading a body in the background.
	 * @param in the request's stream (the request is asynchronous)
	 * @param exchange the call
	 * @param declaredLength the declared length (at most {@code maxBytes}), or {@code -1} for a chunked body
	 * @param maxBytes the size limit
	 * @param timeout the most time the whole body may take (the exchange's watch keeps it)
	 * @param rejections told of a body refused for its size or pace
	 * @param onBody receives the body once it is all in, on a container thread
	 */
	static void start(ServletInputStream in, ProxyExchange exchange, long declaredLength, long maxBytes,
			Duration timeout, ProxyRejectionListener rejections, Consumer<byte[]> onBody) {
		ProxyBodyListener listener = new ProxyBodyListener(in, exchange, declaredLength, maxBytes, rejections,
				onBody);
		exchange.readDeadline(System.nanoTime() + timeout.toNanos(), listener::timedOut);
		in.setReadListener(listener);
	}

	@Override
	public void onDataAvailable() throws IOException {
		ReadListener discard = this.discard;
		if (discard != null) {
			discard.onDataAvailable();
			return;
		}
		while (!this.done.get() && this.in.isReady()) {
			if (this.declared != null) {
				if (this.filled == this.declared.length) {
					// A body longer than declared cannot happen (the container stops at the length); wait for
					// the container to report the end.
					return;
				}
				int read = this.in.read(this.declared, this.filled, this.declared.length - this.filled);
				if (read < 0) {
					return;
				}
				this.filled += read;
			}
			else {
				int read = this.in.read(this.chunk);
				if (read < 0) {
					return;
				}
				this.chunked.write(this.chunk, 0, read);
				if (this.chunked.size() > this.maxBytes) {
					refuseTooLarge();
					return;
				}
			}
		}
	}

	@Override
	public void onAllDataRead() throws IOException {
		ReadListener discard = this.discard;
		if (discard != null) {
			discard.onAllDataRead();
			return;
		}
		if (this.done.compareAndSet(false, true)) {
			stopDeadline();
			byte[] body = (this.declared == null) ? this.chunked.toByteArray()
					: (this.filled == this.declared.length) ? this.declared : Arrays.copyOf(this.declared, this.filled);
			this.onBody.accept(body);
		}
	}

	@Override
	public void onError(Throwable failure) {
		ReadListener discard = this.discard;
		if (discard != null) {
			discard.onError(failure);
			return;
		}
		if (this.done.compareAndSet(false, true)) {
			// The client went away mid-body, or the container's own read timeout passed: no one to answer.
			this.exchange.clientGone();
			this.exchange.complete();
		}
	}

	private void timedOut() {
		// A client this slow has had its time: the connection closes with the answer.
		refuse(new ProxyError(408, "request_timeout", "The request body was not received in time.", null, null), false);
	}

	private void refuseTooLarge() {
		refuse(ProxyBodyReader.tooLarge(this.maxBytes), true);
	}

	/** Answer with the error; the rest of the body is then discarded within a bound, or not read at all. */
	private void refuse(ProxyError error, boolean discardRest) {
		if (this.done.compareAndSet(false, true)) {
			stopDeadline();
			this.rejections.rejected(error.reason());
			if (discardRest) {
				this.exchange.writeError(error, true);
				this.discard = ProxyDiscard.takeOver(this.in, this.exchange);
			}
			else {
				this.exchange.respondError(error, true);
			}
		}
	}

	private void stopDeadline() {
		this.exchange.clearReadDeadline();
	}

}
