package com.generalaugment.spring.health;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.HttpSenderRequest;
import com.generalaugment.client.http.HttpSenderResponse;
import com.generalaugment.client.http.JdkHttpSender;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.function.SingletonSupplier;

/**
 * Probes the platform's public readiness endpoint ({@code GET {base-url}/health/ready}, contract §6)
 * without credentials and caches the outcome: a success for the cache TTL, a failure only for the shorter
 * failure TTL so that start-up hiccups clear fast. Concurrent callers share one probe. Used by the
 * {@code genaug} health indicator, and reusable by anything that reports on the platform's reachability.
 *
 * <p>Sends through the {@link HttpSender} it is given — the starter passes the client's own, so the probe
 * takes the route the application's calls take (proxy, TLS, interceptors) — or, without one, through a JDK
 * client of its own (HTTP/1.1, no redirects); either way with the probe timeout, independent of the
 * clients' timeout and retries.
 */
public final class GenaugApiProbe {

	private static final String PATH = "/health/ready";

	// A readiness body is a few hundred bytes; anything past this is not one.
	private static final long MAX_BODY_SIZE = 64 * 1024;

	private static final List<String> HEALTHY_STATUSES = List.of("ok", "up", "ready", "healthy", "pass");

	private final URI uri;

	private final String baseUrl;

	private final Duration timeout;

	private final Duration cacheTtl;

	private final Duration failureCacheTtl;

	private final Supplier<HttpSender> sender;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile @Nullable Result last;

	/**
	 * Create a probe.
	 * @param baseUrl the API's base URL, without credentials
	 * @param timeout the timeout of one probe (connection and reply)
	 * @param cacheTtl how long a success is reused ({@link Duration#ZERO} = never)
	 * @param failureCacheTtl how long a failure is reused ({@link Duration#ZERO} = never)
	 */
	public GenaugApiProbe(String baseUrl, Duration timeout, Duration cacheTtl, Duration failureCacheTtl) {
		this(baseUrl, timeout, cacheTtl, failureCacheTtl, ownSender(timeout), Clock.systemUTC());
	}

	/**
	 * Create a probe that sends through the given sender.
	 * @param baseUrl the API's base URL, without credentials
	 * @param timeout the timeout of one probe (connection and reply)
	 * @param cacheTtl how long a success is reused ({@link Duration#ZERO} = never)
	 * @param failureCacheTtl how long a failure is reused ({@link Duration#ZERO} = never)
	 * @param sender the sender to send through, asked for at the first probe
	 */
	public GenaugApiProbe(String baseUrl, Duration timeout, Duration cacheTtl, Duration failureCacheTtl,
			Supplier<HttpSender> sender) {
		this(baseUrl, timeout, cacheTtl, failureCacheTtl, sender, Clock.systemUTC());
	}

	GenaugApiProbe(String baseUrl, Duration timeout, Duration cacheTtl, Duration failureCacheTtl,
			Supplier<HttpSender> sender, Clock clock) {
		this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
		this.uri = URI.create(baseUrl + PATH);
		this.timeout = requirePositive(timeout, "timeout");
		this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
		this.failureCacheTtl = Objects.requireNonNull(failureCacheTtl, "failureCacheTtl");
		this.sender = Objects.requireNonNull(sender, "sender");
		this.clock = clock;
	}

	/** A sender of the probe's own, built on first use: an unused probe holds no selector thread. */
	static Supplier<HttpSender> ownSender(Duration timeout) {
		return SingletonSupplier.of(() -> JdkHttpSender.create(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.build()));
	}

	private static Duration requirePositive(Duration duration, String name) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + duration);
		}
		return duration;
	}

	/** @return the base URL that is probed */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The platform's state: the cached result while it is fresh, else the result of a new probe. Blocks for
	 * at most about the probe timeout.
	 * @return the result
	 */
	public Result current() {
		Result cached = this.last;
		if (cached != null && isFresh(cached)) {
			return cached;
		}
		this.lock.lock();
		try {
			cached = this.last;
			if (cached != null && isFresh(cached)) {
				return cached;
			}
			Result result = probe(cached);
			this.last = result;
			return result;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The last result, without probing.
	 * @return the last result, {@code null} before the first probe
	 */
	public @Nullable Result last() {
		return this.last;
	}

	private boolean isFresh(@Nullable Result result) {
		if (result == null) {
			return false;
		}
		Duration ttl = result.up() ? this.cacheTtl : this.failureCacheTtl;
		return this.clock.instant().isBefore(result.checkedAt().plus(ttl));
	}

	private Result probe(@Nullable Result previous) {
		Instant checkedAt = this.clock.instant();
		@Nullable Instant lastReachedAt = (previous != null) ? previous.lastReachedAt() : null;
		// One timeout for the whole exchange, body included.
		HttpSenderRequest request = HttpSenderRequest.builder("GET", this.uri)
			.header("Accept", "application/json")
			.header("User-Agent", GeneralAugment.USER_AGENT)
			.timeout(this.timeout)
			.maxResponseSize(MAX_BODY_SIZE)
			.build();
		long start = System.nanoTime();
		try (HttpSenderResponse response = this.sender.get().send(request)) {
			byte[] body = response.bodyBytes();
			Duration latency = Duration.ofNanos(System.nanoTime() - start);
			return evaluate(response.statusCode(), response.headers(), body, checkedAt, latency, lastReachedAt);
		}
		catch (InterruptedIOException ex) {
			if (ex instanceof SocketTimeoutException) {
				return failure(checkedAt, start, lastReachedAt, timedOut());
			}
			Thread.currentThread().interrupt();
			return failure(checkedAt, start, lastReachedAt, "interrupted");
		}
		catch (IOException | UncheckedIOException ex) {
			return failure(checkedAt, start, lastReachedAt, describe(ex));
		}
	}

	private Result evaluate(int status, HttpHeaders headers, byte[] bytes, Instant checkedAt, Duration latency,
			@Nullable Instant lastReachedAt) {
		JsonNode body = parse(bytes);
		String upstreamStatus = text(body, "status");
		if (upstreamStatus == null) {
			upstreamStatus = text(body, "state");
		}
		String apiBuild = apiBuild(body, headers.firstValue("Server").orElse(null));
		String buildSha = text(body, "build_sha");
		String error = null;
		if (status < 200 || status > 299) {
			error = "HTTP " + status;
		}
		else if (upstreamStatus != null && !HEALTHY_STATUSES.contains(upstreamStatus.toLowerCase(Locale.ROOT))) {
			error = "upstream status '" + upstreamStatus + "'";
		}
		boolean up = error == null;
		return new Result(up, this.baseUrl, upstreamStatus, status, apiBuild, text(body, "version"),
				(buildSha != null) ? buildSha : text(body, "build"), text(body, "db"), text(body, "redis"), latency,
				checkedAt, up ? checkedAt : lastReachedAt, error);
	}

	private Result failure(Instant checkedAt, long start, @Nullable Instant lastReachedAt, String error) {
		return new Result(false, this.baseUrl, null, 0, "unknown", null, null, null, null,
				Duration.ofNanos(System.nanoTime() - start), checkedAt, lastReachedAt, error);
	}

	private String timedOut() {
		return "timed out after " + this.timeout.toMillis() + " ms";
	}

	// A reason an operator can act on, never a stack trace.
	private String describe(@Nullable Throwable thrown) {
		Throwable failure = (thrown instanceof UncheckedIOException unchecked) ? unchecked.getCause() : thrown;
		if (failure instanceof HttpConnectTimeoutException) {
			return "connect " + timedOut();
		}
		if (failure instanceof HttpTimeoutException) {
			return timedOut();
		}
		if (failure instanceof ConnectException) {
			Throwable cause = failure.getCause();
			if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
				return "unknown host " + this.uri.getHost();
			}
			return "connection refused";
		}
		if (failure instanceof UnknownHostException) {
			return "unknown host " + this.uri.getHost();
		}
		if (failure instanceof SSLException) {
			return "TLS failure: " + failure.getMessage();
		}
		if (failure instanceof IOException) {
			return "I/O error: " + ((failure.getMessage() != null) ? failure.getMessage()
					: failure.getClass().getSimpleName());
		}
		return "probe failed: " + ((failure != null) ? failure.getClass().getSimpleName() : "unknown");
	}

	private static @Nullable JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(@Nullable JsonNode body, String field) {
		if (body == null || !body.isObject()) {
			return null;
		}
		JsonNode value = body.get(field);
		if (value == null || !value.isValueNode() || value.isNull()) {
			return null;
		}
		String text = value.asString();
		return (text.isBlank()) ? null : text;
	}

	// The platform reports its build as version and build_sha (older builds: build, commit); without
	// them the Server header is the best identity there is.
	static String apiBuild(@Nullable JsonNode body, @Nullable String serverHeader) {
		List<String> parts = new ArrayList<>();
		String version = text(body, "version");
		String sha = text(body, "build_sha");
		String build = (sha != null) ? sha : text(body, "build");
		String commit = text(body, "commit");
		if (version != null) {
			parts.add(version);
		}
		if (build != null) {
			parts.add("build " + build);
		}
		if (commit != null && !commit.equals(build)) {
			parts.add("commit " + commit);
		}
		if (!parts.isEmpty()) {
			return String.join(", ", parts);
		}
		return (serverHeader != null && !serverHeader.isBlank()) ? serverHeader.strip() : "unknown";
	}

	/**
	 * One probe's outcome. Immutable.
	 *
	 * @param up whether the API answered 2xx with a healthy (or no) status
	 * @param baseUrl the probed base URL (no credentials)
	 * @param upstreamStatus the body's {@code status} (or {@code state}), when present
	 * @param httpStatus the HTTP status, {@code 0} when no reply was received
	 * @param apiBuild the API's build identity in one line: the body's {@code version} and {@code build_sha}
	 * (else {@code build}, and {@code commit}), else the {@code Server} header, else {@code unknown}
	 * @param apiVersion the body's {@code version}, when present
	 * @param apiBuildSha the body's {@code build_sha} (else {@code build}), when present
	 * @param db the database's state as the API reports it, when present
	 * @param redis the Redis state as the API reports it, when present
	 * @param latency how long the probe took
	 * @param checkedAt when the probe ran
	 * @param lastReachedAt when a probe last found the API up, {@code null} if never
	 * @param error why the API is not up (timeout, connection refused, HTTP status, …), {@code null} when up
	 */
	public record Result(boolean up, String baseUrl, @Nullable String upstreamStatus, int httpStatus,
			String apiBuild, @Nullable String apiVersion, @Nullable String apiBuildSha, @Nullable String db,
			@Nullable String redis, Duration latency, Instant checkedAt, @Nullable Instant lastReachedAt,
			@Nullable String error) {

	}

}
