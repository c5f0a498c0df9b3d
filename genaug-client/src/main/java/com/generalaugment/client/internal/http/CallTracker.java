package com.generalaugment.client.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.observation.CallListener;
import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.client.observation.CallStart;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Follows one call from start to end for the {@link CallListener}s: counts attempts, remembers the
 * last status, and reports a {@link CallRecord} exactly once, with what the request's
 * {@link ReplyFacts.Reader} reads from the reply.
 */
final class CallTracker {

	private static final System.Logger logger = System.getLogger(CallTracker.class.getName());

	private final ApiRequest request;

	private final boolean streaming;

	private final Instant startedAt;

	private final long startNanos;

	private final List<CallListener.Call> calls;

	private final Map<String, String> listenerHeaders;

	int attempts;

	int status;

	@Nullable String replyRequestId;

	@Nullable String replyTraceId;

	private boolean ended;

	// 0 until a stream's first event arrives.
	private long firstEventNanos;

	CallTracker(ApiRequest request, boolean streaming, List<CallListener> listeners, Clock clock) {
		this.request = request;
		this.streaming = streaming;
		this.startedAt = clock.instant();
		this.startNanos = System.nanoTime();
		if (listeners.isEmpty()) {
			this.calls = List.of();
			this.listenerHeaders = Map.of();
			return;
		}
		this.calls = new ArrayList<>(listeners.size());
		this.listenerHeaders = new LinkedHashMap<>();
		CallStart start = new CallStart(request.operation(), request.model(), streaming,
				this.listenerHeaders::putIfAbsent);
		for (CallListener listener : listeners) {
			try {
				this.calls.add(listener.onStart(start));
			}
			catch (RuntimeException ex) {
				logger.log(System.Logger.Level.WARNING, "CallListener " + listener + " failed on start of " + request.operation(), ex);
			}
		}
	}

	/** Headers listeners asked to add (e.g. trace context), never overriding the caller's own. */
	Map<String, String> listenerHeaders() {
		return this.listenerHeaders;
	}

	void eventReceived() {
		if (this.firstEventNanos == 0) {
			this.firstEventNanos = System.nanoTime();
		}
	}

	void succeeded(@Nullable JsonNode body) {
		end(body, null);
	}

	void failed(GeneralAugmentException error) {
		this.status = (error.status() != 0) ? error.status() : this.status;
		end(null, error);
	}

	private void end(@Nullable JsonNode body, @Nullable GeneralAugmentException error) {
		if (this.ended) {
			return;
		}
		this.ended = true;
		Duration duration = Duration.ofNanos(System.nanoTime() - this.startNanos);
		String requestId = (error != null && error.requestId() != null) ? error.requestId() : this.replyRequestId;
		if (requestId == null) {
			// A failure without a reply (or a reply without ids) still carries the caller's own id.
			requestId = this.request.headers().get("X-Request-ID");
		}
		String traceId = (error != null && error.traceId() != null) ? error.traceId() : this.replyTraceId;
		ReplyFacts facts = (body != null) ? this.request.facts().read(body) : ReplyFacts.NONE;
		requestId = (facts.requestId() != null) ? facts.requestId() : requestId;
		traceId = (facts.traceId() != null) ? facts.traceId() : traceId;
		if (logger.isLoggable(System.Logger.Level.DEBUG)) {
			logger.log(System.Logger.Level.DEBUG, this.request.operation() + " " + ((error != null) ? "failed (" + error.reason() + ")" : "ok")
					+ " status=" + this.status + " attempts=" + this.attempts + " in " + duration.toMillis()
					+ " ms, requestId=" + requestId);
		}
		if (this.calls.isEmpty()) {
			return;
		}
		CallRecord record = new CallRecord(this.request.operation(), this.request.model(), this.streaming,
				this.status, (error != null) ? error.reason() : null, this.startedAt, duration, this.attempts,
				facts.responseId(), requestId, traceId, facts.inputTokens(), facts.outputTokens(),
				(this.firstEventNanos != 0) ? Duration.ofNanos(this.firstEventNanos - this.startNanos) : null, error);
		for (CallListener.Call call : this.calls) {
			try {
				call.onEnd(record);
			}
			catch (RuntimeException ex) {
				logger.log(System.Logger.Level.WARNING, "CallListener failed on end of " + this.request.operation(), ex);
			}
		}
	}

}
