package com.generalaugment.client.internal.http;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import com.generalaugment.client.http.ReplyTooLargeException;
import org.jspecify.annotations.Nullable;

/**
 * Receives a whole reply body up to a size limit. Like the JDK's {@code ofByteArray} it keeps the buffers
 * the JDK hands over and copies them once, into the finished array; unlike it, it counts them as they
 * arrive and, past the limit, cancels the subscription, which drops the connection without reading the
 * rest. A 2xx body over the limit fails the exchange with a {@link TooLargeException}; an error body is
 * cut to its first {@link #MAX_ERROR_BODY_SIZE} bytes instead, so that the status, {@code Retry-After}
 * and the start of the message still reach the caller.
 */
public final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

	/**
	 * How much of an error (non-2xx) body is kept: the platform's error bodies are a few hundred bytes and
	 * a gateway's error page a few KiB.
	 */
	public static final int MAX_ERROR_BODY_SIZE = 64 * 1024;

	// The JDK hands a body over as slices of its 16 KiB read buffers, one per HTTP chunk, so a body sent in
	// tiny chunks would be held as thousands of slices per KiB it carries. Runs of this many slices that
	// average under SMALL_SLICE bytes are joined as they pile up; ordinary bodies come in slices of many KiB
	// and are never copied twice.
	private static final int COMPACT_RUN = 1024;

	private static final int SMALL_SLICE = 1024;

	private final HttpResponse.ResponseInfo info;

	private final long limit;

	private final boolean truncate;

	/** The {@code Content-Length}, {@code -1} when there is none. */
	private final long declared;

	private final List<ByteBuffer> received = new ArrayList<>();

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private long size;

	/** Buffers before this index were looked at for joining already; {@link #checkedSize} bytes in all. */
	private int checked;

	private long checkedSize;

	private boolean done;

	private volatile Flow.@Nullable Subscription subscription;

	private BoundedBodySubscriber(HttpResponse.ResponseInfo info, long limit, boolean truncate) {
		this.info = info;
		this.limit = limit;
		this.truncate = truncate;
		this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
	}

	/**
	 * The body handler of whole replies.
	 * @param maxResponseSize the most bytes a 2xx body may have
	 * @return the handler
	 */
	public static HttpResponse.BodyHandler<byte[]> handler(long maxResponseSize) {
		return (info) -> {
			if (info.statusCode() < 200 || info.statusCode() >= 300) {
				// Used as is, the JDK gets the body from this subscriber on another thread: a cost only error
				// replies pay.
				return new BoundedBodySubscriber(info, MAX_ERROR_BODY_SIZE, true);
			}
			BoundedBodySubscriber subscriber = new BoundedBodySubscriber(info, maxResponseSize, false);
			if (subscriber.declared > maxResponseSize) {
				// Refused in onSubscribe, before a byte of the body is read.
				return subscriber;
			}
			// Wrapped by the JDK's own adapter, the body is delivered and finished on the JDK's thread, as with
			// ofByteArray; an exception thrown from onNext makes the adapter cancel and fail the exchange.
			return HttpResponse.BodySubscribers.fromSubscriber(subscriber, (collected) -> collected.body.join());
		};
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (!this.truncate && this.declared > this.limit) {
			this.done = true;
			subscription.cancel();
			this.body.completeExceptionally(new TooLargeException(this.info, this.limit, this.declared));
			return;
		}
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> items) {
		if (this.done) {
			return;
		}
		for (ByteBuffer item : items) {
			int length = item.remaining();
			if (this.size + length > this.limit) {
				overLimit(item);
				return;
			}
			this.size += length;
			this.received.add(item);
		}
		if (this.received.size() - this.checked >= COMPACT_RUN) {
			joinSmallSlices();
		}
	}

	private void overLimit(ByteBuffer item) {
		this.done = true;
		Flow.Subscription current = this.subscription;
		if (current != null) {
			current.cancel();
		}
		if (this.truncate) {
			int kept = (int) (this.limit - this.size);
			this.received.add(item.slice().limit(kept));
			this.size += kept;
			this.body.complete(join());
			return;
		}
		this.received.clear();
		TooLargeException failure = new TooLargeException(this.info, this.limit, -1);
		this.body.completeExceptionally(failure);
		throw failure;
	}

	private void joinSmallSlices() {
		List<ByteBuffer> run = this.received.subList(this.checked, this.received.size());
		long runSize = this.size - this.checkedSize;
		if (runSize < (long) run.size() * SMALL_SLICE) {
			ByteBuffer joined = ByteBuffer.wrap(copy(run, (int) runSize));
			run.clear();
			this.received.add(joined);
		}
		this.checked = this.received.size();
		this.checkedSize = this.size;
	}

	@Override
	public void onError(Throwable failure) {
		this.done = true;
		this.received.clear();
		this.body.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		if (!this.done) {
			this.done = true;
			this.body.complete(join());
		}
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	private byte[] join() {
		byte[] bytes = copy(this.received, (int) this.size);
		this.received.clear();
		return bytes;
	}

	private static byte[] copy(List<ByteBuffer> buffers, int size) {
		byte[] bytes = new byte[size];
		int at = 0;
		for (ByteBuffer buffer : buffers) {
			int length = buffer.remaining();
			buffer.get(bytes, at, length);
			at += length;
		}
		return bytes;
	}

	/**
	 * Carries a 2xx body over the limit — announced by its {@code Content-Length}, or counted as it
	 * arrived — out of the subscriber, which may throw nothing checked.
	 */
	public static final class TooLargeException extends RuntimeException {

		private final ReplyTooLargeException reply;

		TooLargeException(HttpResponse.ResponseInfo info, long limit, long declared) {
			super(null, null, false, false);
			this.reply = new ReplyTooLargeException(info.statusCode(),
					info.headers().firstValue("X-Request-ID").orElse(null),
					info.headers().firstValue("X-Trace-ID").orElse(null), limit, declared);
		}

		/** @return the failure to report */
		public ReplyTooLargeException reply() {
			return this.reply;
		}

	}

}
