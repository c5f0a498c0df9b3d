package com.generalaugment.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLException;

import com.generalaugment.client.Sleeper;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.ConnectionFailedException;
import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.error.RateLimit;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.RequestFailedException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.error.ResponseTooLargeException;
import com.generalaugment.client.internal.error.ErrorBodyParser;
import com.generalaugment.client.observation.CallListener;
import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.HttpSenderRequest;
import com.generalaugment.client.http.HttpSenderResponse;
import com.generalaugment.client.http.ReplyTooLargeException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends {@link ApiRequest}s to the platform: authenticates, applies the per-attempt deadline, retries
 * per {@link RetryPolicy} and {@link RetrySafety}, turns failures into the SDK's typed exceptions and
 * reports every call to the {@link CallListener}s. Shared by {@code GeneralAugmentClient} and
 * {@code AdminClient}; each owns one instance configured with its own credential.
 *
 * <p>Internal API: applications use the clients.
 */
public final class Transport {

	private static final String JSON = "application/json";

	private static final String EVENT_STREAM = "text/event-stream";

	private static final String BEARER = "Bearer ";

	private static final int MAX_CACHED_URIS = 64;

	private final HttpSender sender;

	private final long maxResponseSize;

	private final ObjectMapper mapper;

	private final TransportSettings settings;

	private final ErrorBodyParser errorParser;

	private final Redactor redactor;

	private final ConcurrentHashMap<String, URI> uris = new ConcurrentHashMap<>();

	/**
	 * Create a transport.
	 * @param sender sends each exchange
	 * @param maxResponseSize the most bytes a whole 2xx reply may have
	 * @param mapper the SDK's wire mapper
	 * @param settings the credential, base URL, timeout, retry and listener settings
	 */
	public Transport(HttpSender sender, long maxResponseSize, ObjectMapper mapper, TransportSettings settings) {
		this.sender = sender;
		this.maxResponseSize = maxResponseSize;
		this.mapper = mapper;
		this.settings = settings;
		this.errorParser = new ErrorBodyParser(mapper, settings.clock());
		String credential = settings.credentialValue();
		this.redactor = new Redactor(credential.startsWith(BEARER) ? credential.substring(BEARER.length()) : credential);
	}

	/** @return what sends this transport's exchanges */
	public HttpSender sender() {
		return this.sender;
	}

	/** @return the settings this transport was built with */
	public TransportSettings settings() {
		return this.settings;
	}

	/**
	 * Execute a call and return its JSON reply.
	 * @param request the call
	 * @return the decoded body; {@link MissingNode} for an empty body (e.g. 204)
	 * @throws GeneralAugmentException on any failure, after retries
	 */
	public JsonNode execute(ApiRequest request) {
		CallTracker tracker = new CallTracker(request, false, this.settings.listeners(), this.settings.clock());
		try {
			JsonNode body = withRetries(request, tracker, (deadline) -> {
				Reply reply = send(request, tracker, deadline, deadline, false,
						(response) -> new Reply(response.statusCode(), response.headers(), response.bodyBytes(), null));
				return decode(reply);
			});
			tracker.succeeded(body);
			return body;
		}
		catch (GeneralAugmentException ex) {
			tracker.failed(ex);
			throw ex;
		}
	}

	/**
	 * Start a streaming call: retries until the platform answers 2xx, then hands over the open body.
	 * Nothing is retried once the body is handed over (contract §4).
	 * @param request the call
	 * @return the open exchange, to be closed by the caller
	 * @throws GeneralAugmentException when no attempt got a 2xx reply; a {@link MalformedResponseException}
	 * (reason {@code unexpected_content_type}) for a 2xx reply that is not {@code text/event-stream}
	 */
	public StreamingExchange openStream(ApiRequest request) {
		CallTracker tracker = new CallTracker(request, true, this.settings.listeners(), this.settings.clock());
		try {
			return withRetries(request, tracker, (deadline) -> {
				// Started with the attempt: a stream's whole life counts from when it was asked for, while the
				// attempt's deadline keeps bounding the wait for it to open.
				Deadline whole = (request.streamTimeout() != null) ? Deadline.after(request.streamTimeout()) : deadline;
				Reply reply = send(request, tracker, deadline, whole, true, (response) -> {
					int status = response.statusCode();
					if (status >= 200 && status < 300) {
						return new Reply(status, response.headers(), null, response);
					}
					// Closed with the rest unread, which drops the connection, like an error body read whole.
					try (response; InputStream in = response.body()) {
						return new Reply(status, response.headers(),
								in.readNBytes(BoundedBodySubscriber.MAX_ERROR_BODY_SIZE), null);
					}
				});
				HttpSenderResponse open = reply.openResponse();
				if (open == null) {
					throw apiError(reply);
				}
				if (!isEventStream(reply.headers())) {
					// A gateway's JSON or HTML page read as events would yield nothing or nonsense: drop it unread.
					open.close();
					throw unexpectedContentType(reply);
				}
				return new StreamingExchange(open, whole, tracker, this);
			});
		}
		catch (GeneralAugmentException ex) {
			tracker.failed(ex);
			throw ex;
		}
	}

	/**
	 * Serialise a request body with the SDK's wire mapper.
	 * @param body the JSON value
	 * @return the bytes to send
	 */
	public byte[] writeJson(JsonNode body) {
		return this.mapper.writeValueAsBytes(body);
	}

	/**
	 * Decode one JSON text received from the platform.
	 * @param text the text
	 * @return the JSON value
	 * @throws JacksonException when it is not JSON
	 */
	public JsonNode readTree(String text) {
		return this.mapper.readTree(text);
	}

	/**
	 * Translate an I/O failure of an attempt into the SDK's typed exception.
	 * @param failure the failure
	 * @param deadline the attempt's deadline
	 * @return the exception to throw
	 */
	GeneralAugmentException translate(Throwable failure, Deadline deadline) {
		ReplyTooLargeException tooLarge = find(failure, ReplyTooLargeException.class);
		if (tooLarge != null) {
			String reply = (tooLarge.declared() >= 0) ? "announced a reply of " + tooLarge.declared() + " bytes"
					: "sent a reply";
			return tooLarge(tooLarge.status(), tooLarge.requestId(), tooLarge.traceId(), "The General Augment API "
					+ reply + ", over the limit of " + describeSize(tooLarge.limit()) + " (maxResponseSize)", tooLarge);
		}
		Throwable cause = unwrap(failure);
		if (cause instanceof HttpTimeoutException || deadline.isExpired()) {
			String message = deadline.isNone() ? "Request to the General Augment API timed out"
					: "Request to the General Augment API timed out after " + describe(deadline.timeout());
			return new RequestTimeoutException(ErrorDetails.clientSide(Reasons.REQUEST_TIMEOUT, message), cause);
		}
		if (certainlyNotSent(cause) || cause instanceof SSLException) {
			return new ConnectionFailedException(ErrorDetails.clientSide(Reasons.CONNECTION_FAILED,
					"Could not connect to " + this.settings.baseUrl() + ": " + describe(cause)), cause);
		}
		return new RequestFailedException(ErrorDetails.clientSide(Reasons.REQUEST_FAILED,
				"Request to the General Augment API failed: " + describe(cause)), cause);
	}

	/**
	 * The failure for a reply over one of the client's size limits.
	 * @param status the reply's status
	 * @param requestId the reply's request id
	 * @param traceId the reply's trace id
	 * @param message what was too large
	 * @param cause the underlying cause
	 * @return the exception to throw
	 */
	static ResponseTooLargeException tooLarge(int status, @Nullable String requestId, @Nullable String traceId,
			String message, Throwable cause) {
		return new ResponseTooLargeException(new ErrorDetails(status, Reasons.RESPONSE_TOO_LARGE, null, message,
				requestId, traceId, null, RateLimit.NONE, null, null), cause);
	}

	private <T> T withRetries(ApiRequest request, CallTracker tracker, Attempt<T> attempt) {
		Duration timeout = (request.timeout() != null) ? request.timeout() : this.settings.timeout();
		RetryPolicy policy = this.settings.retryPolicy();
		while (true) {
			Deadline deadline = Deadline.after(timeout);
			tracker.attempts++;
			try {
				return attempt.run(deadline);
			}
			catch (GeneralAugmentException ex) {
				// An interrupted caller wants the call over, not tried again.
				if (!policy.hasAttemptsLeft(tracker.attempts) || !isRetryable(request, ex)
						|| Thread.currentThread().isInterrupted()) {
					throw ex;
				}
				sleep(policy.delay(tracker.attempts - 1, ex.retryAfter()), ex);
			}
		}
	}

	private static boolean isRetryable(ApiRequest request, GeneralAugmentException ex) {
		if (ex instanceof ApiErrorException) {
			return RetryPolicy.isRetryableStatus(ex.status())
					&& (request.safety() == RetrySafety.IDEMPOTENT || ex.status() == 429);
		}
		if (ex instanceof RequestTimeoutException || ex instanceof ConnectionFailedException
				|| ex instanceof RequestFailedException) {
			return request.safety() == RetrySafety.IDEMPOTENT || certainlyNotSent(ex.getCause());
		}
		return false;
	}

	private void sleep(Duration delay, GeneralAugmentException pending) {
		try {
			this.settings.sleeper().sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw pending;
		}
	}

	private Reply send(ApiRequest request, CallTracker tracker, Deadline deadline, Deadline bodyDeadline,
			boolean streaming, ReplyReader reader) {
		HttpSenderRequest exchange = exchange(request, tracker, deadline, bodyDeadline, streaming);
		try {
			HttpSenderResponse response = this.sender.send(exchange);
			Reply reply;
			try {
				reply = reader.read(response);
			}
			finally {
				// A 2xx stream stays open for its ResponseStream; every other reply is done with.
				if (!streaming || response.statusCode() < 200 || response.statusCode() >= 300) {
					response.close();
				}
			}
			tracker.status = reply.status();
			tracker.replyRequestId = reply.headers().firstValue("X-Request-ID").orElse(null);
			tracker.replyTraceId = reply.headers().firstValue("X-Trace-ID").orElse(null);
			return reply;
		}
		catch (IOException | UncheckedIOException ex) {
			throw translate(ex, deadline);
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
		if (request.body() != null) {
			exchange.header("Content-Type", JSON).body(request.body());
		}
		return exchange.timeout(deadline.isNone() ? null : deadline.remaining())
			.bodyTimeout((bodyDeadline == deadline || bodyDeadline.isNone()) ? null : bodyDeadline.remaining())
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

	private JsonNode decode(Reply reply) {
		if (reply.status() < 200 || reply.status() >= 300) {
			throw apiError(reply);
		}
		byte[] body = reply.body();
		if (body == null || body.length == 0) {
			return MissingNode.getInstance();
		}
		if (body.length > this.maxResponseSize) {
			// A sender that does not keep the limit itself.
			throw tooLarge(reply.status(), reply.firstHeader("X-Request-ID"), reply.firstHeader("X-Trace-ID"),
					"The General Augment API sent a reply over the limit of " + describeSize(this.maxResponseSize)
							+ " (maxResponseSize)", new ReplyTooLargeException(reply.status(), null, null,
									this.maxResponseSize, -1));
		}
		try {
			return this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			String raw = this.redactor.redact(new String(body, StandardCharsets.UTF_8));
			ErrorDetails details = new ErrorDetails(reply.status(), Reasons.MALFORMED_JSON, null,
					"The General Augment API answered HTTP " + reply.status() + " with a body that is not JSON",
					reply.firstHeader("X-Request-ID"), reply.firstHeader("X-Trace-ID"), null,
					RateLimit.NONE, null, raw);
			throw new MalformedResponseException(details, ex);
		}
	}

	private static boolean isEventStream(HttpHeaders headers) {
		String contentType = headers.firstValue("Content-Type").orElse(null);
		if (contentType == null) {
			return false;
		}
		int parameters = contentType.indexOf(';');
		String type = (parameters >= 0) ? contentType.substring(0, parameters) : contentType;
		return EVENT_STREAM.equalsIgnoreCase(type.strip());
	}

	private static MalformedResponseException unexpectedContentType(Reply reply) {
		String contentType = reply.firstHeader("Content-Type");
		ErrorDetails details = new ErrorDetails(reply.status(), Reasons.UNEXPECTED_CONTENT_TYPE, null,
				"The General Augment API answered a stream request with HTTP " + reply.status() + " and "
						+ ((contentType != null) ? "Content-Type " + contentType : "no Content-Type")
						+ " instead of " + EVENT_STREAM,
				reply.firstHeader("X-Request-ID"), reply.firstHeader("X-Trace-ID"), null,
				RateLimit.NONE, null, null);
		return new MalformedResponseException(details, null);
	}

	private ApiErrorException apiError(Reply reply) {
		byte[] body = reply.body();
		String raw = (body != null) ? this.redactor.redact(new String(body, StandardCharsets.UTF_8)) : "";
		ErrorDetails details = this.errorParser.parse(reply.status(), reply.headers(), raw);
		return new ApiErrorException(details, null);
	}

	String redact(String text) {
		return this.redactor.redact(text);
	}

	private static boolean certainlyNotSent(@Nullable Throwable cause) {
		return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
				|| cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException;
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while ((current instanceof UncheckedIOException
				|| (current instanceof IOException && current.getCause() instanceof ConnectException))
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null && !message.isBlank()) ? " (" + message + ")" : "");
	}

	/** A size in the unit it was most likely given in. */
	static String describeSize(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MiB";
		}
		return (bytes % 1024 == 0) ? (bytes / 1024) + " KiB" : bytes + " bytes";
	}

	private static String describe(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
	}

	@FunctionalInterface
	private interface Attempt<T> {

		T run(Deadline deadline);

	}

	@FunctionalInterface
	private interface ReplyReader {

		Reply read(HttpSenderResponse response) throws IOException;

	}

	private record Reply(int status, HttpHeaders headers, byte @Nullable [] body,
			@Nullable HttpSenderResponse openResponse) {

		@Nullable String firstHeader(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

	/**
	 * Everything a {@link Transport} needs besides its HTTP client and mapper.
	 *
	 * @param baseUrl the platform base URL without a trailing slash
	 * @param credentialHeader {@code Authorization} or {@code X-Admin-Key}
	 * @param credentialValue the header value ({@code Bearer <key>} or the admin key)
	 * @param userAgent the {@code User-Agent} sent on every request
	 * @param defaultHeaders headers sent on every request (e.g. {@code X-Project-ID})
	 * @param timeout the per-attempt timeout, {@link Duration#ZERO} for none
	 * @param maxStreamEventSize the most bytes one event of a stream may have
	 * @param retryPolicy the retry policy
	 * @param sleeper waits between attempts
	 * @param clock the clock for HTTP-date {@code Retry-After} values and call timestamps
	 * @param listeners the call listeners
	 */
	public record TransportSettings(String baseUrl, String credentialHeader, String credentialValue, String userAgent,
			Map<String, String> defaultHeaders, Duration timeout, int maxStreamEventSize, RetryPolicy retryPolicy,
			Sleeper sleeper, Clock clock, List<CallListener> listeners) {

		@Override
		public String toString() {
			// Records print every component; this one holds a credential.
			return "TransportSettings[baseUrl=" + this.baseUrl + ", timeout=" + this.timeout + ", maxRetries="
					+ this.retryPolicy.maxRetries() + "]";
		}

	}

}
