package com.generalaugment.client.internal.http;

import java.io.IOException;
import java.io.InputStream;

import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.ResponseTooLargeException;
import com.generalaugment.client.http.HttpSenderResponse;
import com.generalaugment.client.internal.sse.EventTooLargeException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An open 2xx streaming reply handed over by {@link Transport#openStream(ApiRequest)}. The attempt's
 * deadline keeps running while the body is read; {@link #close()} releases the connection at once.
 *
 * <p>Internal API: applications use {@code ResponseStream}.
 */
public final class StreamingExchange implements AutoCloseable {

	private final HttpSenderResponse response;

	private final Deadline deadline;

	private final CallTracker tracker;

	private final Failures failures;

	private final ObjectMapper mapper;

	private final int maxEventSize;

	StreamingExchange(HttpSenderResponse response, Deadline deadline, CallTracker tracker, Failures failures,
			ObjectMapper mapper, int maxEventSize) {
		this.response = response;
		this.deadline = deadline;
		this.tracker = tracker;
		this.failures = failures;
		this.mapper = mapper;
		this.maxEventSize = maxEventSize;
	}

	/**
	 * The body to read events from.
	 * @return the body
	 * @throws IOException when the body cannot be opened
	 */
	public InputStream body() throws IOException {
		return this.response.body();
	}

	/** Notes that an event arrived; the first one's time is the call's time to first event. */
	public void eventReceived() {
		this.tracker.eventReceived();
	}

	/**
	 * One header of the reply.
	 * @param name the name
	 * @return its first value, or {@code null}
	 */
	public @Nullable String header(String name) {
		return this.response.headers().firstValue(name).orElse(null);
	}

	/**
	 * Translate a failure while reading the body ({@code request_timeout} when the deadline cut it).
	 * @param failure the I/O failure
	 * @return the typed exception
	 */
	public GeneralAugmentException translate(IOException failure) {
		return this.failures.translate(failure, this.deadline);
	}

	/** @return the most bytes one event of the stream may have */
	public int maxEventSize() {
		return this.maxEventSize;
	}

	/**
	 * The failure for an event over the {@linkplain #maxEventSize() maximum size}.
	 * @param failure the reader's failure
	 * @return the typed exception
	 */
	public ResponseTooLargeException eventTooLarge(EventTooLargeException failure) {
		return Failures.tooLarge(this.tracker.status, header("X-Request-ID"), header("X-Trace-ID"),
				"The General Augment API sent a stream event over the limit of "
						+ Failures.describeSize(failure.limit()) + " (maxStreamEventSize)",
				failure);
	}

	/**
	 * Decode one JSON text of the stream.
	 * @param text the text
	 * @return the value
	 */
	public JsonNode readTree(String text) {
		return this.mapper.readTree(text);
	}

	/**
	 * Remove credentials from text taken from the stream.
	 * @param text the text
	 * @return the redacted text
	 */
	public String redact(String text) {
		return this.failures.redact(text);
	}

	/**
	 * The stream ended normally.
	 * @param finalResponse the final response object, if the stream carried one
	 */
	public void completed(@Nullable JsonNode finalResponse) {
		this.tracker.succeeded(finalResponse);
	}

	/**
	 * The stream failed.
	 * @param error the failure
	 */
	public void failed(GeneralAugmentException error) {
		this.tracker.failed(error);
	}

	/** Release the connection; ends the call for listeners if it has not ended yet. */
	@Override
	public void close() {
		this.response.close();
		this.tracker.succeeded(null);
	}

}
