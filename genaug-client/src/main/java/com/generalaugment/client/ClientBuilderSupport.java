package com.generalaugment.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.client.internal.http.RetryPolicy;
import com.generalaugment.client.internal.http.Transport;
import com.generalaugment.client.internal.json.JsonValues;
import com.generalaugment.client.observation.CallListener;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The builder settings shared by {@link GeneralAugmentClient} and {@code AdminClient}: base URL,
 * timeout, retries, size limits, HTTP sender, JSON mapper, default headers and listeners.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilderSupport<B extends ClientBuilderSupport<B>> {

	/** The default timeout of one attempt, stream body included. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	/** The default number of retries after the first attempt. */
	public static final int DEFAULT_MAX_RETRIES = 2;

	/**
	 * The default maximum size of a whole reply, 16 MiB. The largest replies are long agent replies with
	 * their tool calls and outputs, well under a few MiB; a reply past 16 MiB is a fault, and buffering it
	 * could take the heap of a small service with it.
	 */
	public static final long DEFAULT_MAX_RESPONSE_SIZE = 16L * 1024 * 1024;

	/**
	 * The default maximum size of one event of a stream, 1 MiB. Deltas carry a few words; the largest event
	 * is {@code response.completed}, which carries the whole response, and at about four bytes a token
	 * 1 MiB holds over 200,000 tokens of output and tool results, more than one reply of a model runs to.
	 */
	public static final int DEFAULT_MAX_STREAM_EVENT_SIZE = 1024 * 1024;

	/** The largest array the JVM allocates, and so the largest reply that can be held whole. */
	private static final long MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

	@Nullable String baseUrl;

	Duration timeout = DEFAULT_TIMEOUT;

	int maxRetries = DEFAULT_MAX_RETRIES;

	long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

	int maxStreamEventSize = DEFAULT_MAX_STREAM_EVENT_SIZE;

	@Nullable HttpSender httpSender;

	@Nullable JsonMapper jsonMapper;

	final Map<String, String> defaultHeaders = new LinkedHashMap<>();

	final List<CallListener> listeners = new ArrayList<>();

	Sleeper sleeper = Sleeper.THREAD_SLEEP;

	Clock clock = Clock.systemUTC();

	ClientBuilderSupport() {
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

	/**
	 * The platform's base URL; one trailing {@code /} is removed. Default
	 * {@value GeneralAugment#DEFAULT_BASE_URL}.
	 * @param baseUrl an absolute http(s) URL
	 * @return this builder
	 */
	public B baseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
		return self();
	}

	/**
	 * The timeout of one attempt, including the whole body of a stream; each retry gets a fresh one.
	 * Default 60 s; {@link Duration#ZERO} disables it.
	 * @param timeout the timeout, not negative
	 * @return this builder
	 */
	public B timeout(Duration timeout) {
		Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative()) {
			throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
		}
		this.timeout = timeout;
		return self();
	}

	/**
	 * How many times a failed call is retried (contract §5). Default 2; 0 disables retries.
	 * @param maxRetries the retries, not negative
	 * @return this builder
	 */
	public B maxRetries(int maxRetries) {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
		}
		this.maxRetries = maxRetries;
		return self();
	}

	/**
	 * The most bytes a whole reply may have; a larger one fails with a {@code ResponseTooLargeException}
	 * (reason {@code response_too_large}) as soon as its {@code Content-Length} announces it, or once that
	 * many bytes have arrived, and its connection is dropped without reading the rest. Default
	 * {@value #DEFAULT_MAX_RESPONSE_SIZE} bytes (16 MiB). Error replies are kept up to their first 64 KiB
	 * whatever this says, the rest dropped with the connection. Streams are bounded per event instead, by
	 * {@link #maxStreamEventSize(int)}.
	 * @param bytes the limit, more than 0 and at most {@code Integer.MAX_VALUE - 8}
	 * @return this builder
	 */
	public B maxResponseSize(long bytes) {
		if (bytes <= 0 || bytes > MAX_ARRAY_SIZE) {
			throw new IllegalArgumentException(
					"maxResponseSize must be more than 0 and at most " + MAX_ARRAY_SIZE + " bytes, was " + bytes);
		}
		this.maxResponseSize = bytes;
		return self();
	}

	/**
	 * The most bytes one event of a stream may have, its lines together; a larger event — or an endless
	 * line — fails the stream with a {@code ResponseTooLargeException} (reason {@code response_too_large})
	 * once that many bytes of it have arrived, after the events before it were delivered, and the
	 * connection is dropped. Default {@value #DEFAULT_MAX_STREAM_EVENT_SIZE} bytes (1 MiB).
	 * @param bytes the limit, more than 0
	 * @return this builder
	 */
	public B maxStreamEventSize(int bytes) {
		if (bytes <= 0) {
			throw new IllegalArgumentException("maxStreamEventSize must be more than 0 bytes, was " + bytes);
		}
		this.maxStreamEventSize = bytes;
		return self();
	}

	/**
	 * What sends the client's HTTP exchanges: another HTTP stack, or the JDK client with wrapping of the
	 * application's own (the Spring Boot starter sends through a {@code RestClient} this way). Default:
	 * {@link JdkHttpSender#shared()}, one JDK client shared by every SDK client in the JVM that names no
	 * sender, built on the first call — HTTP/1.1, 10 s connect timeout, no redirects. Retries, timeouts,
	 * typed errors and listeners stay the client's, whatever the sender.
	 * @param httpSender the sender, {@code null} for the default
	 * @return this builder
	 */
	public B httpSender(@Nullable HttpSender httpSender) {
		this.httpSender = httpSender;
		return self();
	}

	/**
	 * Send through the given JDK HTTP client (TLS, proxy, executor, connect timeout): short for
	 * {@code httpSender(JdkHttpSender.create(httpClient))}, and like it replacing any sender set before.
	 * @param httpClient the client, {@code null} for the default sender
	 * @return this builder
	 */
	public B httpClient(@Nullable HttpClient httpClient) {
		return httpSender((httpClient != null) ? JdkHttpSender.create(httpClient) : null);
	}

	/**
	 * The application's JSON mapper (its modules apply when reading structured output into Java types).
	 * The SDK derives its own wire settings from it, so an application setting cannot change what goes
	 * on the wire.
	 * @param jsonMapper the mapper
	 * @return this builder
	 */
	public B jsonMapper(@Nullable JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		return self();
	}

	/**
	 * A header sent with every request, e.g. {@code X-Project-ID}.
	 * @param name the header name
	 * @param value the value
	 * @return this builder
	 */
	public B defaultHeader(String name, String value) {
		if ("Authorization".equalsIgnoreCase(name) || "X-Admin-Key".equalsIgnoreCase(name)) {
			throw new IllegalArgumentException("Set credentials with the builder's apiKey(...) or adminKey(...), not as a default header");
		}
		this.defaultHeaders.put(name, value);
		return self();
	}

	/**
	 * A listener told about every call (observations, logs, support bundles).
	 * @param listener the listener
	 * @return this builder
	 */
	public B listener(CallListener listener) {
		this.listeners.add(Objects.requireNonNull(listener, "listener"));
		return self();
	}

	/**
	 * How to wait between retries. Default {@link Sleeper#THREAD_SLEEP}; tests pass a recording sleeper.
	 * @param sleeper the sleeper
	 * @return this builder
	 */
	public B sleeper(Sleeper sleeper) {
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
		return self();
	}

	/**
	 * The clock for HTTP-date {@code Retry-After} values and call timestamps. Default UTC system clock.
	 * @param clock the clock
	 * @return this builder
	 */
	public B clock(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		return self();
	}

	JsonMapper mapper() {
		return (this.jsonMapper != null) ? this.jsonMapper : JsonValues.DEFAULT_MAPPER;
	}

	Transport buildTransport(String credentialHeader, String credentialValue) {
		String base = normalizeBaseUrl(this.baseUrl);
		JsonMapper wire = mapper().rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();
		Transport.TransportSettings settings = new Transport.TransportSettings(base, credentialHeader, credentialValue,
				GeneralAugment.USER_AGENT, Map.copyOf(this.defaultHeaders), this.timeout, this.maxStreamEventSize,
				RetryPolicy.withMaxRetries(this.maxRetries), this.sleeper, this.clock, List.copyOf(this.listeners));
		HttpSender sender = (this.httpSender != null) ? this.httpSender : JdkHttpSender.shared();
		return new Transport(sender, this.maxResponseSize, wire, settings);
	}

	static String requireKey(@Nullable String key, String what, String environmentVariable) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank: set it on the builder or with the "
					+ environmentVariable + " environment variable");
		}
		return key.strip();
	}

	/**
	 * Validate and normalise a base URL: absolute http(s), no credentials in it, one trailing slash
	 * removed.
	 * @param baseUrl the URL, {@code null} for the platform's
	 * @return the normalised URL
	 */
	static String normalizeBaseUrl(@Nullable String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			return GeneralAugment.DEFAULT_BASE_URL;
		}
		String trimmed = baseUrl.strip();
		if (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("baseUrl is not a valid URL: " + ex.getReason());
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("baseUrl must not contain credentials; set the key on the builder");
		}
		if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
				|| uri.getHost() == null) {
			throw new IllegalArgumentException(
					"baseUrl must be an absolute http:// or https:// URL with a host, was '" + trimmed + "'");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("baseUrl must not have a query or fragment, was '" + trimmed + "'");
		}
		return trimmed;
	}

}
