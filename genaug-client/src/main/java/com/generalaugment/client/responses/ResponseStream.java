package com.generalaugment.client.responses;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.RateLimit;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.StreamErrorException;
import com.generalaugment.client.internal.http.StreamingExchange;
import com.generalaugment.client.internal.json.JsonValues;
import com.generalaugment.client.internal.sse.EventTooLargeException;
import com.generalaugment.client.internal.sse.ServerSentEvent;
import com.generalaugment.client.internal.sse.SseReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A streamed response: the events of {@code POST /v1/responses} with {@code stream: true}, delivered
 * one by one as they arrive. Use it with try-with-resources; closing it before the end aborts the
 * exchange and frees the connection.
 *
 * <pre>{@code
 * try (ResponseStream stream = client.responses().stream(request)) {
 *     for (ResponseStreamEvent event : stream) {
 *         if (event.event().equals(ResponseStreamEvent.OUTPUT_TEXT_DELTA)) {
 *             System.out.print(event.delta());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>{@code data: [DONE]}, or the body ending after a final event ({@code response.completed},
 * {@code response.failed} or {@code response.incomplete}, each delivered like any other), ends the
 * stream cleanly. A body that ends before a final event throws a {@link StreamErrorException} with
 * reason {@code stream_truncated}, once the events that did arrive were delivered; an
 * {@code event: error} throws a {@link StreamErrorException} with the platform's reason; a stream cut
 * by the timeout throws a {@code RequestTimeoutException}; an event over the client's
 * {@code maxStreamEventSize} throws a {@code ResponseTooLargeException}. Closing the stream before its
 * end throws nothing.
 *
 * <p>Not thread-safe: one consumer reads it. {@link #close()} may come from another thread, to end a
 * read that is waiting.
 */
public final class ResponseStream implements AutoCloseable, Iterable<ResponseStreamEvent> {

	private static final String DONE = "[DONE]";

	private final StreamingExchange exchange;

	private final SseReader reader;

	private @Nullable ResponseStreamEvent next;

	private boolean finished;

	/** Set by {@link #close()}, possibly from another thread while a read is blocked. */
	private volatile boolean closed;

	/** A final event arrived: the body may end now. */
	private boolean ended;

	private boolean iterated;

	private @Nullable Response completed;

	/**
	 * Read events from an open exchange. For the SDK itself ({@code responses().stream} returns streams):
	 * the exchange is an internal type.
	 * @param exchange the exchange
	 * @throws GeneralAugmentException when the body cannot be opened
	 */
	public ResponseStream(StreamingExchange exchange) {
		this.exchange = exchange;
		try {
			this.reader = new SseReader(exchange.body(), exchange.maxEventSize());
		}
		catch (IOException ex) {
			GeneralAugmentException error = exchange.translate(ex);
			exchange.failed(error);
			exchange.close();
			throw error;
		}
	}

	/**
	 * The events, to iterate once.
	 * @return the iterator
	 * @throws IllegalStateException when iterated a second time
	 */
	@Override
	public Iterator<ResponseStreamEvent> iterator() {
		if (this.iterated) {
			throw new IllegalStateException("A ResponseStream can be iterated only once");
		}
		this.iterated = true;
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return advance();
			}

			@Override
			public ResponseStreamEvent next() {
				if (!advance()) {
					throw new NoSuchElementException();
				}
				// advance() returned true, so an event is waiting.
				ResponseStreamEvent event = Objects.requireNonNull(ResponseStream.this.next);
				ResponseStream.this.next = null;
				return event;
			}
		};
	}

	/** @return the events as a sequential {@link Stream}; closing it closes this stream */
	public Stream<ResponseStreamEvent> stream() {
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(this::close);
	}

	/**
	 * The final response of the {@code response.completed} event, once it has been read.
	 * @return the response, or {@code null} before it arrived or when the stream carried none
	 */
	public @Nullable Response completedResponse() {
		return this.completed;
	}

	/**
	 * Read to the end and collect the output text: the {@code response.completed} response's text when
	 * it came, else the concatenated deltas.
	 * @return the text
	 */
	public String collectText() {
		StringBuilder deltas = new StringBuilder();
		for (ResponseStreamEvent event : this) {
			if (ResponseStreamEvent.OUTPUT_TEXT_DELTA.equals(event.event()) && event.delta() != null) {
				deltas.append(event.delta());
			}
		}
		return (this.completed != null) ? this.completed.outputText() : deltas.toString();
	}

	/** Abort the exchange if it is still running and free the connection. Idempotent. */
	@Override
	public void close() {
		this.closed = true;
		this.finished = true;
		this.exchange.close();
	}

	private boolean advance() {
		if (this.next != null) {
			return true;
		}
		if (this.finished) {
			return false;
		}
		ServerSentEvent raw;
		try {
			raw = this.reader.next();
		}
		catch (EventTooLargeException ex) {
			throw fail(this.exchange.eventTooLarge(ex));
		}
		catch (IOException ex) {
			if (this.closed) {
				// The consumer closed the stream from another thread, which fails the blocked read.
				return false;
			}
			throw fail(this.exchange.translate(ex));
		}
		if (raw == null && !this.ended && !this.closed) {
			throw fail(truncated());
		}
		if (raw == null || DONE.equals(raw.data())) {
			finish();
			return false;
		}
		this.exchange.eventReceived();
		ResponseStreamEvent event = new ResponseStreamEvent(raw);
		String name = raw.event();
		if ("error".equals(name)) {
			throw fail(streamError(event));
		}
		if (ResponseStreamEvent.COMPLETED.equals(name)) {
			this.completed = event.response();
		}
		if (ResponseStreamEvent.COMPLETED.equals(name) || ResponseStreamEvent.FAILED.equals(name)
				|| ResponseStreamEvent.INCOMPLETE.equals(name)) {
			this.ended = true;
		}
		this.next = event;
		return true;
	}

	private void finish() {
		this.finished = true;
		this.exchange.completed((this.completed != null) ? this.completed.raw() : null);
		this.exchange.close();
	}

	private GeneralAugmentException fail(GeneralAugmentException error) {
		this.finished = true;
		this.exchange.failed(error);
		this.exchange.close();
		return error;
	}

	private StreamErrorException truncated() {
		ErrorDetails details = new ErrorDetails(0, Reasons.STREAM_TRUNCATED, null,
				"The General Augment API's stream ended before its final event (response.completed, "
						+ "response.failed or response.incomplete)",
				this.exchange.header("X-Request-ID"), this.exchange.header("X-Trace-ID"), null,
				RateLimit.NONE, null, null);
		return new StreamErrorException(details, null);
	}

	private StreamErrorException streamError(ResponseStreamEvent event) {
		JsonNode data = event.data();
		JsonNode error = (data.get("error") != null && data.get("error").isObject()) ? data.get("error") : data;
		String reason = JsonValues.string(error, "reason");
		String code = JsonValues.string(error, "code");
		String message = JsonValues.string(error, "message");
		String requestId = JsonValues.string(error, "request_id");
		if (requestId == null) {
			requestId = this.exchange.header("X-Request-ID");
		}
		ErrorDetails details = new ErrorDetails(0, (reason != null) ? reason : (code != null) ? code : Reasons.STREAM_ERROR,
				code, (message != null) ? this.exchange.redact(message) : "The stream reported an error",
				requestId, JsonValues.string(error, "trace_id"), null, RateLimit.NONE, data.isObject() ? data : null,
				this.exchange.redact(event.rawData()));
		return new StreamErrorException(details, null);
	}

}
