package com.generalaugment.client.internal.http;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.Sleeper;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.HttpSenderResponse;
import com.generalaugment.client.http.ReplyTooLargeException;
import com.generalaugment.client.internal.error.ErrorBodyParser;
import com.generalaugment.client.internal.http.ExchangeSender.Reply;
import com.generalaugment.client.observation.CallListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Carries {@link ApiRequest}s to the platform as a short chain, one job per link: the {@link Retrier}
 * runs the attempts, the {@link ExchangeSender} puts each on the wire through the {@link HttpSender},
 * {@link Failures} types what went wrong, and the {@link CallTracker} reports the call to the
 * {@link CallListener}s. Shared by {@code GeneralAugmentClient} and {@code AdminClient}; each owns one
 * instance configured with its own credential.
 *
 * <p>Internal API: applications use the clients.
 */
public final class Transport {

	private static final String BEARER = "Bearer ";

	private final ObjectMapper mapper;

	private final TransportSettings settings;

	private final long maxResponseSize;

	private final Failures failures;

	private final Retrier retrier;

	private final ExchangeSender exchanges;

	/**
	 * Create a transport.
	 * @param sender sends each exchange
	 * @param maxResponseSize the most bytes a whole 2xx reply may have
	 * @param mapper the SDK's wire mapper
	 * @param settings the credential, base URL, timeout, retry and listener settings
	 */
	public Transport(HttpSender sender, long maxResponseSize, ObjectMapper mapper, TransportSettings settings) {
		this.mapper = mapper;
		this.settings = settings;
		this.maxResponseSize = maxResponseSize;
		String credential = settings.credentialValue();
		this.failures = new Failures(new ErrorBodyParser(mapper, settings.clock()),
				new Redactor(credential.startsWith(BEARER) ? credential.substring(BEARER.length()) : credential),
				settings.baseUrl());
		this.retrier = new Retrier(settings.timeout(), settings.retryPolicy(), settings.sleeper());
		this.exchanges = new ExchangeSender(sender, settings, maxResponseSize, this.failures);
	}

	/** @return what sends this transport's exchanges */
	public HttpSender sender() {
		return this.exchanges.sender();
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
			JsonNode body = this.retrier.run(request, tracker, (deadline) -> {
				Reply reply = this.exchanges.send(request, tracker, deadline, deadline, false,
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
	 * Nothing is retried once the body is handed over: events already delivered cannot be taken back.
	 * @param request the call
	 * @return the open exchange, to be closed by the caller
	 * @throws GeneralAugmentException when no attempt got a 2xx reply; a {@link MalformedResponseException}
	 * (reason {@code unexpected_content_type}) for a 2xx reply that is not {@code text/event-stream}
	 */
	public StreamingExchange openStream(ApiRequest request) {
		CallTracker tracker = new CallTracker(request, true, this.settings.listeners(), this.settings.clock());
		try {
			return this.retrier.run(request, tracker, (deadline) -> {
				// Started with the attempt: a stream's whole life counts from when it was asked for, while the
				// attempt's deadline keeps bounding the wait for it to open.
				Deadline whole = (request.streamTimeout() != null) ? Deadline.after(request.streamTimeout()) : deadline;
				Reply reply = this.exchanges.send(request, tracker, deadline, whole, true, (response) -> {
					int status = response.statusCode();
					if (status >= 200 && status < 300) {
						return new Reply(status, response.headers(), null, response);
					}
					// Only its start is read: the exchange then closes it with the rest unread, which drops the
					// connection, like an error body read whole.
					return new Reply(status, response.headers(),
							response.body().readNBytes(BoundedBodySubscriber.MAX_ERROR_BODY_SIZE), null);
				});
				HttpSenderResponse open = reply.openResponse();
				if (open == null) {
					throw this.failures.apiError(reply.status(), reply.headers(), reply.body());
				}
				if (!isEventStream(reply.headers())) {
					// A gateway's JSON or HTML page read as events would yield nothing or nonsense: drop it unread.
					open.close();
					throw Failures.unexpectedContentType(reply.status(), reply.headers(), ExchangeSender.EVENT_STREAM);
				}
				return new StreamingExchange(open, whole, tracker, this.failures, this.mapper,
						this.settings.maxStreamEventSize());
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

	private JsonNode decode(Reply reply) {
		if (reply.status() < 200 || reply.status() >= 300) {
			throw this.failures.apiError(reply.status(), reply.headers(), reply.body());
		}
		byte[] body = reply.body();
		if (body == null || body.length == 0) {
			return MissingNode.getInstance();
		}
		if (body.length > this.maxResponseSize) {
			// A sender that does not keep the limit itself.
			throw Failures.tooLarge(new ReplyTooLargeException(reply.status(), reply.firstHeader("X-Request-ID"),
					reply.firstHeader("X-Trace-ID"), this.maxResponseSize, -1));
		}
		try {
			return this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw this.failures.notJson(reply.status(), reply.headers(), body, ex);
		}
	}

	private static boolean isEventStream(HttpHeaders headers) {
		String contentType = headers.firstValue("Content-Type").orElse(null);
		if (contentType == null) {
			return false;
		}
		int parameters = contentType.indexOf(';');
		String type = (parameters >= 0) ? contentType.substring(0, parameters) : contentType;
		return ExchangeSender.EVENT_STREAM.equalsIgnoreCase(type.strip());
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
