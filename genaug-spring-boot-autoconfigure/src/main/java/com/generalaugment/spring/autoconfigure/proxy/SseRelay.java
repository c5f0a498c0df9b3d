package com.generalaugment.spring.autoconfigure.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.responses.ResponseStreamEvent;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relays one upstream stream to one client, on its own thread: each event is written and flushed as
 * soon as it arrives, with its name and data unchanged (only metadata to strip is removed from the
 * response objects of {@code response.*} events). When the client goes away — a failed write, or the
 * container reporting an error or timeout — the upstream stream is closed at once, which aborts the
 * platform call.
 *
 * <p>The response is committed on the container thread before the relay starts, so the filters still
 * unwinding there never race its writes. After that only one party writes at a time: the relay thread
 * and the container's callbacks share a lock, and nothing is written once the async request is
 * completed, so a late write can never reach a recycled response.
 */
final class SseRelay implements Runnable, AsyncListener {

	private static final Log logger = LogFactory.getLog(SseRelay.class);

	private static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final ResponseStream stream;

	private final String userId;

	private final String requestId;

	private final ProxyResponseWriter writer;

	private final ProxyErrorMapper errors;

	private final ProxyConversationStore conversations;

	private final ProxyKeyRedactor redactor;

	private final Runnable onEnd;

	private final AtomicBoolean ended = new AtomicBoolean();

	private final Object lock = new Object();

	private boolean completed;

	private volatile long lastWriteNanos = System.nanoTime();

	private volatile boolean writing;

	private volatile @Nullable ScheduledFuture<?> heartbeat;

	SseRelay(AsyncContext async, ResponseStream stream, Context context, Runnable onEnd) throws IOException {
		this.async = async;
		this.out = async.getResponse().getOutputStream();
		this.stream = stream;
		this.userId = context.userId();
		this.requestId = context.requestId();
		this.writer = context.writer();
		this.errors = context.errors();
		this.conversations = context.conversations();
		this.redactor = context.redactor();
		this.onEnd = onEnd;
	}

	/**
	 * Write an SSE comment whenever the stream has been silent for the interval: mobile networks and load
	 * balancers drop idle connections, and only a write tells that the client is gone while the platform
	 * is still thinking — a failed write ends the relay and aborts the platform call.
	 * @param scheduler the shared timer
	 * @param interval the longest silence
	 */
	void startHeartbeat(ScheduledExecutorService scheduler, Duration interval) {
		long intervalNanos = interval.toNanos();
		long tick = Math.max(1, interval.toMillis() / 2);
		this.heartbeat = scheduler.scheduleWithFixedDelay(() -> {
			// Never queue behind a write stuck on a slow client: that would stall every stream's heartbeat.
			if (!this.writing && System.nanoTime() - this.lastWriteNanos >= intervalNanos && !send(HEARTBEAT)) {
				this.stream.close();
			}
		}, tick, tick, TimeUnit.MILLISECONDS);
	}

	@Override
	public void run() {
		try {
			for (ResponseStreamEvent event : this.stream) {
				if (!send(ProxyResponseWriter.sseFrame(event.event(), this.redactor.redact(forward(event))))) {
					return;
				}
			}
		}
		catch (GeneralAugmentException ex) {
			if (!isCompleted()) {
				sendError(this.errors.map(ex));
			}
		}
		catch (RuntimeException ex) {
			logger.error("Relaying a General Augment stream failed", ex);
			sendError(ProxyError.of(500, "internal_error", "The stream failed."));
		}
		finally {
			end();
		}
	}

	/** End the relay: close the upstream, free the user's stream slot, complete the request. Idempotent. */
	void end() {
		ScheduledFuture<?> heartbeat = this.heartbeat;
		if (heartbeat != null) {
			heartbeat.cancel(false);
		}
		this.stream.close();
		if (this.ended.compareAndSet(false, true)) {
			this.onEnd.run();
		}
		synchronized (this.lock) {
			completeLocked();
		}
	}

	/** End the stream now with a terminal error frame telling the client to retry elsewhere. */
	void shutDown() {
		sendError(ProxyShutdown.error());
		end();
	}

	private String forward(ResponseStreamEvent event) {
		String name = event.event();
		if ("response.created".equals(name) || ResponseStreamEvent.COMPLETED.equals(name)) {
			Response response = event.response();
			if (response != null && response.id() != null) {
				this.conversations.remember(this.userId, response.id());
			}
		}
		String raw = event.rawData();
		// Unicode escapes could spell a key the redactor would not see: such data is written anew, which
		// turns every escape into the character it stands for.
		boolean escaped = raw.contains("\\u");
		if (!escaped && !this.writer.mayCarryStrippedMetadata(raw)) {
			return raw;
		}
		JsonNode data = event.data();
		JsonNode response = data.get("response");
		JsonNode stripped = (response != null && response.isObject()) ? this.writer.stripped(response) : response;
		if (stripped == response) {
			return escaped ? new String(this.writer.json(data), StandardCharsets.UTF_8) : raw;
		}
		ObjectNode copy = ((ObjectNode) data).deepCopy();
		copy.set("response", stripped);
		return new String(this.writer.json(copy), StandardCharsets.UTF_8);
	}

	private void sendError(ProxyError error) {
		send(ProxyResponseWriter.sseFrame("error",
				new String(this.writer.errorBody(error, this.requestId), StandardCharsets.UTF_8)));
	}

	private boolean send(byte[] frame) {
		synchronized (this.lock) {
			if (this.completed) {
				return false;
			}
			this.writing = true;
			try {
				this.out.write(frame);
				this.out.flush();
				this.lastWriteNanos = System.nanoTime();
				return true;
			}
			catch (IOException | IllegalStateException ex) {
				logger.debug("The proxy client went away; closing the upstream stream", ex);
				completeLocked();
				return false;
			}
			finally {
				this.writing = false;
			}
		}
	}

	private boolean isCompleted() {
		synchronized (this.lock) {
			return this.completed;
		}
	}

	private void completeLocked() {
		if (!this.completed) {
			this.completed = true;
			try {
				this.async.complete();
			}
			catch (IllegalStateException ex) {
				// Already completed by the container.
			}
		}
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		synchronized (this.lock) {
			sendError(new ProxyError(504, ProxyErrorMapper.UPSTREAM_TIMEOUT, "The stream took too long.", null, null));
			completeLocked();
		}
		this.stream.close();
	}

	@Override
	public void onError(AsyncEvent event) {
		synchronized (this.lock) {
			completeLocked();
		}
		this.stream.close();
	}

	@Override
	public void onComplete(AsyncEvent event) {
		this.stream.close();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

	/**
	 * What a relay needs besides its stream.
	 *
	 * @param userId the resolved user
	 * @param requestId the proxy request id
	 * @param writer the response writer
	 * @param errors the error mapper
	 * @param conversations the conversation store
	 * @param redactor removes platform keys from what is sent
	 */
	record Context(String userId, String requestId, ProxyResponseWriter writer, ProxyErrorMapper errors,
			ProxyConversationStore conversations, ProxyKeyRedactor redactor) {
	}

}
