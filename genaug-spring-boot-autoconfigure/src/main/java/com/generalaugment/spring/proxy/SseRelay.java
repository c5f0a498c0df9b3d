package com.generalaugment.spring.proxy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.responses.ResponseStreamEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relays one upstream stream to one client, on the call's worker thread: each event is written and
 * flushed as soon as it arrives, with its name and data unchanged (only metadata to strip is removed from
 * the response objects of {@code response.*} events). When the client goes away — a failed write, the
 * exchange's watch seeing the connection end, the container reporting an error — the upstream stream is
 * closed at once, which aborts the platform call. On shutdown the stream is closed too and the client
 * gets a last {@code event: error} frame telling it to retry elsewhere.
 */
final class SseRelay implements Runnable {

	private static final Log logger = LogFactory.getLog(SseRelay.class);

	private static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

	private final ProxyExchange exchange;

	private final ResponseStream stream;

	private final String userId;

	private final ProxyResponseWriter writer;

	private final ProxyErrorMapper errors;

	private final ProxyReplyRecorder recorder;

	private final ProxyKeyRedactor redactor;

	private volatile long lastWriteNanos = System.nanoTime();

	private volatile boolean writing;

	private volatile boolean shuttingDown;

	private volatile @Nullable ScheduledFuture<?> heartbeat;

	SseRelay(ProxyExchange exchange, ResponseStream stream, Context context) {
		this.exchange = exchange;
		this.stream = stream;
		this.userId = context.userId();
		this.writer = context.writer();
		this.errors = context.errors();
		this.recorder = context.recorder();
		this.redactor = context.redactor();
		exchange.onClientGone(stream::close);
		exchange.onShutdown(this::shutDown);
		exchange.onEnd(this::stop);
	}

	/**
	 * Write an SSE comment whenever the stream has been silent for the interval: mobile networks and load
	 * balancers drop idle connections.
	 * @param scheduler the shared timer
	 * @param interval the longest silence
	 */
	void startHeartbeat(ScheduledExecutorService scheduler, Duration interval) {
		long intervalNanos = interval.toNanos();
		long tick = Math.max(1, interval.toMillis() / 2);
		this.heartbeat = scheduler.scheduleWithFixedDelay(() -> {
			// Never queue behind a write stuck on a slow client: that would stall every stream's heartbeat.
			if (!this.writing && System.nanoTime() - this.lastWriteNanos >= intervalNanos) {
				send(HEARTBEAT);
			}
		}, tick, tick, TimeUnit.MILLISECONDS);
	}

	@Override
	public void run() {
		String last = null;
		try {
			for (ResponseStreamEvent event : this.stream) {
				last = event.event();
				if (!send(ProxyResponseWriter.sseFrame(last, this.redactor.redact(forward(event))))) {
					return;
				}
			}
			if (this.shuttingDown && !isTerminal(last)) {
				sendError(ProxyShutdown.error());
			}
		}
		catch (GeneralAugmentException ex) {
			if (this.shuttingDown) {
				sendError(ProxyShutdown.error());
			}
			else if (!this.exchange.isClientGone()) {
				sendError(this.errors.map(ex));
			}
		}
		catch (RuntimeException ex) {
			logger.error("Relaying a General Augment stream failed", ex);
			sendError(ProxyError.of(500, "internal_error", "The stream failed."));
		}
		finally {
			this.exchange.complete();
		}
	}

	private static boolean isTerminal(@Nullable String event) {
		return ResponseStreamEvent.COMPLETED.equals(event) || ResponseStreamEvent.FAILED.equals(event)
				|| ResponseStreamEvent.INCOMPLETE.equals(event);
	}

	/** End the stream: the relay thread then writes the shutdown frame. Never blocks. */
	private void shutDown() {
		this.shuttingDown = true;
		this.stream.close();
	}

	private void stop() {
		ScheduledFuture<?> heartbeat = this.heartbeat;
		if (heartbeat != null) {
			heartbeat.cancel(false);
		}
		this.stream.close();
	}

	private String forward(ResponseStreamEvent event) {
		String name = event.event();
		if ("response.created".equals(name) || ResponseStreamEvent.COMPLETED.equals(name)) {
			Response response = event.response();
			if (response != null) {
				this.recorder.record(this.userId, response, ResponseStreamEvent.COMPLETED.equals(name));
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
				new String(this.writer.errorBody(error, this.exchange.requestId()), StandardCharsets.UTF_8)));
	}

	private boolean send(byte[] frame) {
		this.writing = true;
		try {
			boolean sent = this.exchange.send(frame);
			this.lastWriteNanos = System.nanoTime();
			return sent;
		}
		finally {
			this.writing = false;
		}
	}

	/**
	 * What a relay needs besides its stream.
	 *
	 * @param userId the resolved user
	 * @param writer the response writer
	 * @param errors the error mapper
	 * @param recorder records the response's owner and its tokens
	 * @param redactor removes platform keys from what is sent
	 */
	record Context(String userId, ProxyResponseWriter writer, ProxyErrorMapper errors,
			ProxyReplyRecorder recorder, ProxyKeyRedactor redactor) {
	}

}
