package com.generalaugment.client.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.concurrent.ConcurrentHashMap;

import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.HttpSenderRequest;
import com.generalaugment.client.http.HttpSenderResponse;
import org.jspecify.annotations.Nullable;

/**
 * One attempt on the wire: builds the exchange an {@link HttpSender} sends — URL, the SDK's headers and
 * the credential, the body and the attempt's limits — sends it, notes the reply's status and ids for
 * the call's record, and turns an I/O failure into the SDK's typed exception.
 */
final class ExchangeSender {

	static final String JSON = "application/json";

	static final String EVENT_STREAM = "text/event-stream";

	private static final int MAX_CACHED_URIS = 64;

	private final HttpSender sender;

	private final Transport.TransportSettings settings;

	private final long maxResponseSize;

	private final Failures failures;

	private final ConcurrentHashMap<String, URI> uris = new ConcurrentHashMap<>();

	ExchangeSender(HttpSender sender, Transport.TransportSettings settings, long maxResponseSize, Failures failures) {
		this.sender = sender;
		this.settings = settings;
		this.maxResponseSize = maxResponseSize;
		this.failures = failures;
	}

	HttpSender sender() {
		return this.sender;
	}

	/**
	 * Send one attempt and read its reply.
	 * @param request the call
	 * @param tracker the call's record
	 * @param deadline the attempt's deadline
	 * @param bodyDeadline the deadline of a stream's body (the attempt's unless the call sets its own)
	 * @param streaming whether the reply is a stream to hand over open
	 * @param reader reads the reply; a 2xx stream stays open for its reader, every other reply is closed
	 * @return the reply
	 */
	Reply send(ApiRequest request, CallTracker tracker, Deadline deadline, Deadline bodyDeadline, boolean streaming,
			ReplyReader reader) {
		HttpSenderRequest exchange = exchange(request, tracker, deadline, bodyDeadline, streaming);
		try {
			HttpSenderResponse response = this.sender.send(exchange);
			Reply reply;
			try {
				reply = reader.read(response);
			}
			finally {
				if (!streaming || response.statusCode() < 200 || response.statusCode() >= 300) {
					response.close();
				}
			}
			tracker.status = reply.status();
			tracker.replyRequestId = reply.firstHeader("X-Request-ID");
			tracker.replyTraceId = reply.firstHeader("X-Trace-ID");
			return reply;
		}
		catch (IOException | UncheckedIOException ex) {
			throw this.failures.translate(ex, deadline);
		}
	}

	private HttpSenderRequest exchange(ApiRequest request, CallTracker tracker, Deadline deadline,
			Deadline bodyDeadline, boolean streaming) {
		HttpSenderRequest.Builder exchange = HttpSenderRequest.builder(request.method().name(),
				uri(request.pathAndQuery()));
		// A later value of a name replaces an earlier one: the SDK's own headers come last.
		this.settings.defaultHeaders().forEach(exchange::header);
		tracker.listenerHeaders().forEach(exchange::header);
		request.headers().forEach(exchange::header);
		exchange.header(this.settings.credentialHeader(), this.settings.credentialValue())
			.header("User-Agent", this.settings.userAgent())
			.header("Accept", streaming ? EVENT_STREAM : JSON);
		byte[] body = request.body();
		if (body != null) {
			exchange.header("Content-Type", JSON).body(body);
		}
		return exchange.timeout(deadline.isNone() ? null : deadline.remaining())
			.bodyTimeout((streaming && !bodyDeadline.isNone()) ? bodyDeadline.remaining() : null)
			.streaming(streaming)
			.maxResponseSize(this.maxResponseSize)
			.build();
	}

	/**
	 * The URI of a path. Parsing a URI costs more than the rest of building a call, and most calls go
	 * to a handful of paths ({@code /v1/responses} above all), so the parsed URIs of the first
	 * {@value #MAX_CACHED_URIS} paths are kept; paths with ids beyond those are parsed each time.
	 */
	private URI uri(String pathAndQuery) {
		URI uri = this.uris.get(pathAndQuery);
		if (uri == null) {
			uri = URI.create(this.settings.baseUrl() + pathAndQuery);
			if (this.uris.size() < MAX_CACHED_URIS) {
				this.uris.putIfAbsent(pathAndQuery, uri);
			}
		}
		return uri;
	}

	/** Reads a sender's reply into a {@link Reply}. */
	@FunctionalInterface
	interface ReplyReader {

		Reply read(HttpSenderResponse response) throws IOException;

	}

	/**
	 * A reply: read whole ({@code body}), or a 2xx stream still open ({@code openResponse}).
	 */
	record Reply(int status, HttpHeaders headers, byte @Nullable [] body, @Nullable HttpSenderResponse openResponse) {

		@Nullable String firstHeader(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
