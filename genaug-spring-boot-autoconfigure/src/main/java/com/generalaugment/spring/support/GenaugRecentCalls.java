package com.generalaugment.spring.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.generalaugment.client.observation.CallListener;
import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.client.observation.CallStart;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CallListener} that remembers the outcome of the latest platform calls in a bounded ring buffer:
 * the operation, status, reason, duration and the ids support asks for, never a prompt, an output, a key or
 * the failure's message. Thread-safe; the oldest call is forgotten first.
 */
public class GenaugRecentCalls implements CallListener {

	private static final Call IGNORED = (record) -> {
	};

	private final RecentCall[] calls;

	private int next;

	private int size;

	/**
	 * Create an empty buffer.
	 * @param capacity how many calls are kept; {@code 0} keeps none
	 */
	public GenaugRecentCalls(int capacity) {
		if (capacity < 0) {
			throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
		}
		this.calls = new RecentCall[capacity];
	}

	@Override
	public Call onStart(CallStart start) {
		return (this.calls.length > 0) ? this::add : IGNORED;
	}

	private void add(CallRecord record) {
		RecentCall call = RecentCall.of(record);
		synchronized (this.calls) {
			this.calls[this.next] = call;
			this.next = (this.next + 1) % this.calls.length;
			this.size = Math.min(this.size + 1, this.calls.length);
		}
	}

	/**
	 * The calls kept, newest first (by the time they ended).
	 * @return a copy of the buffer's content
	 */
	public List<RecentCall> calls() {
		synchronized (this.calls) {
			List<RecentCall> calls = new ArrayList<>(this.size);
			for (int i = 1; i <= this.size; i++) {
				calls.add(this.calls[Math.floorMod(this.next - i, this.calls.length)]);
			}
			return calls;
		}
	}

	/**
	 * What support needs to know about one call. Immutable.
	 *
	 * @param operation the SDK operation, e.g. {@code createResponse}
	 * @param status the HTTP status of the last attempt, {@code 0} when no reply was received
	 * @param reason {@code null} on success, else the failure's stable reason
	 * @param durationMs how long the whole call took, in milliseconds, retries included
	 * @param attempts how many HTTP attempts were made
	 * @param responseId the response id, when there is one
	 * @param requestId the platform's request id, when known
	 * @param traceId the platform's trace id, when known
	 * @param at when the call started
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record RecentCall(String operation, int status, @Nullable String reason, long durationMs, int attempts,
			@Nullable String responseId, @Nullable String requestId, @Nullable String traceId, Instant at) {

		static RecentCall of(CallRecord record) {
			return new RecentCall(record.operation(), record.status(), record.reason(), record.duration().toMillis(),
					record.attempts(), record.responseId(), record.requestId(), record.traceId(), record.startedAt());
		}

	}

}
