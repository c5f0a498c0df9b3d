package com.generalaugment.spring.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.spring.proxy.ProxyRequestSanitizer.SanitizedRequest;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;

/**
 * The proxy endpoint ({@code POST genaug.proxy.path}): checks the caller and the body, calls
 * General Augment with the server's key on behalf of the resolved user, and answers with the platform's
 * Responses JSON — or, for {@code "stream": true} / {@code Accept: text/event-stream}, relays its
 * Server-Sent Events as they arrive. Every answer carries {@code X-Request-ID}; every error is
 * {@code {"error": {"reason", "message", "request_id"}}}.
 *
 * <p>No container thread waits on a client or on the platform: the checks that need no body run at
 * once, the body is read without blocking within {@code body-read-timeout}, and the platform call runs
 * on a worker thread that is interrupted if the client hangs up.
 *
 * <p>Order of checks: method (405), content type (415), declared size (413); then, for a caller the
 * security filters identified, the rate (429) and admission (503 / 429) — all before the body is read,
 * so a refused caller costs no body read and its connection is closed rather than drained; then the
 * body's arrival in time (408), its size (413) and JSON (400), the user when only the body names it (401)
 * with its rate and admission, fields and limits (400), {@code previous_response_id} ownership (403),
 * open streams (429).
 */
public final class ProxyRequestHandler implements HttpRequestHandler {

	private static final Log logger = LogFactory.getLog(ProxyRequestHandler.class);

	// How often calls in flight are looked at: body deadlines are kept, and a client that hung up is noticed,
	// within this, for the price of one non-blocking read per call.
	private static final Duration WATCH_PERIOD = Duration.ofMillis(250);

	/** The header a call's request id travels in, both ways. */
	public static final String REQUEST_ID = "X-Request-ID";

	/** The header a client names its call with, so that a retried call is answered once. */
	public static final String IDEMPOTENCY_KEY = "X-Idempotency-Key";

	private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	private static final HexFormat HEX = HexFormat.of();

	private static final Pattern SAFE_IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final GeneralAugmentClient client;

	private final ProxyUserResolver userResolver;

	private final ProxyStateStore store;

	private final ProxyBudget budget;

	private final ProxyReplyRecorder recorder;

	private final ProxyBodyReader bodyReader;

	private final ProxyRequestSanitizer sanitizer;

	private final ProxyResponseWriter writer;

	private final ProxyErrorMapper errors;

	private final ProxyAdmission admission;

	private final ProxyKeyRedactor redactor;

	private final Executor callExecutor;

	private final ScheduledExecutorService timer;

	private final ProxyWatch watch;

	private final ProxyRejectionListener rejections;

	private final ProxyShutdown shutdown;

	private final Timing timing;

	/**
	 * The proxy's handler, with its body reader, checks, reply writer and key redaction built from the
	 * settings.
	 * @param client the client the calls go through
	 * @param settings the checks and timings
	 * @param userResolver who the caller is
	 * @param store the per-user state: rate limits, slots, response ownership, tokens spent
	 * @param admission the cap on calls in flight on this instance
	 * @param threads the threads calls and timers run on
	 * @param rejections told of every refusal
	 * @param shutdown ends open calls when the application stops
	 * @param keys the platform keys, never to reach a client (blank or {@code null} ones are skipped)
	 * @return the handler
	 */
	public static ProxyRequestHandler create(GeneralAugmentClient client, ProxySettings settings,
			ProxyUserResolver userResolver, ProxyStateStore store, ProxyAdmission admission, ProxyThreads threads,
			ProxyRejectionListener rejections, ProxyShutdown shutdown, List<@Nullable String> keys) {
		// Strict parsing: a duplicated key could otherwise smuggle a second value past the checks.
		JsonMapper mapper = JsonMapper.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
		ScheduledExecutorService timer = threads.timer();
		return new ProxyRequestHandler(client, userResolver, store, new ProxyBudget(settings.tokensPerDay(), Clock.systemUTC()),
				new ProxyBodyReader(mapper, settings.maxBodySize()), new ProxyRequestSanitizer(settings, mapper),
				new ProxyResponseWriter(mapper, settings.stripMetadata(), settings.errorFormat()), admission,
				new ProxyKeyRedactor(keys), threads.calls(), timer, new ProxyWatch(timer, WATCH_PERIOD),
				new Timing(settings.bodyReadTimeout(), settings.streamTimeout(), settings.heartbeatInterval()),
				rejections, shutdown);
	}

	ProxyRequestHandler(GeneralAugmentClient client, ProxyUserResolver userResolver, ProxyStateStore store,
			ProxyBudget budget, ProxyBodyReader bodyReader, ProxyRequestSanitizer sanitizer,
			ProxyResponseWriter writer, ProxyAdmission admission,
			ProxyKeyRedactor redactor, Executor callExecutor, ScheduledExecutorService timer, ProxyWatch watch,
			Timing timing, ProxyRejectionListener rejections, ProxyShutdown shutdown) {
		this.client = client;
		this.userResolver = userResolver;
		this.store = store;
		this.budget = budget;
		this.recorder = new ProxyReplyRecorder(store, budget.enabled());
		this.bodyReader = bodyReader;
		this.sanitizer = sanitizer;
		this.writer = writer;
		this.errors = new ProxyErrorMapper();
		this.admission = admission;
		this.redactor = redactor;
		this.callExecutor = callExecutor;
		this.timer = timer;
		this.watch = watch;
		this.timing = timing;
		this.rejections = rejections;
		this.shutdown = shutdown;
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String requestId = requestId(request.getHeader(REQUEST_ID));
		response.setHeader(REQUEST_ID, requestId);
		@Nullable String userId;
		ProxyLease admitted = null;
		try {
			if (!"POST".equals(request.getMethod())) {
				response.setHeader(HttpHeaders.ALLOW, "POST");
				throw new ProxyRequestException(ProxyError.of(405, "method_not_allowed", "Use POST."));
			}
			if (this.shutdown.isStopping()) {
				throw new ProxyRequestException(ProxyShutdown.error());
			}
			this.bodyReader.checkHeaders(request);
			if (request.getContentLengthLong() == 0) {
				throw ProxyRequestException.badRequest("invalid_json", "The body must be a JSON object.");
			}
			userId = this.userResolver.resolveUser(request, null);
			if (userId != null && userId.isBlank()) {
				userId = null;
			}
			if (userId != null) {
				admitted = admit(userId);
			}
			else if (!this.userResolver.usesClaimedUser()) {
				throw unauthorized();
			}
		}
		catch (ProxyRequestException ex) {
			refuseUnread(request, response, ex.error(), requestId);
			return;
		}
		catch (ProxyStoreUnavailableException ex) {
			refuseUnread(request, response, ProxyError.storeUnavailable(), requestId);
			return;
		}
		Caller caller = new Caller(userId, request.getHeader(IDEMPOTENCY_KEY),
				acceptsEventStream(request.getHeader(HttpHeaders.ACCEPT)));
		AsyncContext async = request.startAsync(request, response);
		// The proxy keeps its own deadlines: the body's here, the platform call's in the client.
		async.setTimeout(0);
		ProxyExchange exchange = new ProxyExchange(async, requestId, this.writer);
		if (admitted != null) {
			ProxyLease held = admitted;
			exchange.onEnd(() -> exit(held));
		}
		this.shutdown.opened(exchange);
		this.watch.watch(exchange);
		try {
			ProxyBodyListener.start(request.getInputStream(), exchange, request.getContentLengthLong(),
					this.bodyReader.maxBytes(), this.timing.bodyReadTimeout(), this.rejections,
					(body) -> onBody(request, exchange, caller, body));
		}
		catch (IOException | RuntimeException ex) {
			// Frees the caller's admission slot: nothing else would ever end this exchange.
			exchange.complete();
			throw ex;
		}
	}

	/**
	 * Refuse a call before its body is read. The refusal is sent first; what the client still sends is
	 * then discarded, within a bound, without holding a thread, and the connection is closed.
	 */
	private void refuseUnread(HttpServletRequest request, HttpServletResponse response, ProxyError error,
			String requestId) throws IOException {
		this.rejections.rejected(error.reason());
		if (request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			this.writer.writeError(response, error, requestId);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(0);
		ProxyExchange exchange = new ProxyExchange(async, requestId, this.writer);
		this.watch.watch(exchange);
		exchange.writeError(error, true);
		ProxyDiscard.start(request.getInputStream(), exchange);
	}

	/** The body is in: check it and hand the platform call to a worker thread. On a container thread. */
	private void onBody(HttpServletRequest request, ProxyExchange exchange, Caller caller, byte[] bytes) {
		try {
			if (this.shutdown.isStopping()) {
				throw new ProxyRequestException(ProxyShutdown.error());
			}
			ObjectNode body = this.bodyReader.parse(bytes);
			String userId = caller.userId();
			if (userId == null) {
				// Only the body can name this caller (trust-client-user): its checks come now.
				userId = this.userResolver.resolveUser(request, ProxyRequestSanitizer.claimedUser(body));
				if (userId == null || userId.isBlank()) {
					throw unauthorized();
				}
				ProxyLease held = admit(userId);
				exchange.onEnd(() -> exit(held));
			}
			SanitizedRequest call = this.sanitizer.sanitize(body, userId);
			if (call.previousResponseId() != null && !this.store.ownsResponse(userId, call.previousResponseId())) {
				throw new ProxyRequestException(ProxyError.of(403, "previous_response_forbidden",
						"previous_response_id is not a response returned to this user."));
			}
			RequestOptions options = RequestOptions.builder()
				.requestId(exchange.requestId())
				.idempotencyKey(idempotencyKey(userId, caller.idempotencyKey()))
				.streamTimeout(this.timing.streamTimeout())
				.build();
			boolean streaming = call.stream() || caller.acceptsEventStream();
			if (streaming) {
				ProxyLease stream = this.store.tryAcquire(ProxySlot.STREAM, userId);
				if (stream == null) {
					throw new ProxyRequestException(ProxyAdmission.tooManyStreams());
				}
				this.admission.streamOpened();
				exchange.onEnd(() -> {
					stream.release();
					this.admission.streamClosed();
				});
			}
			String user = userId;
			exchange.watchClient();
			this.callExecutor.execute(() -> exchange.runInterruptibly(() -> {
				try {
					if (streaming) {
						stream(exchange, call, options, user);
					}
					else {
						respond(exchange, call, options, user);
					}
				}
				catch (RuntimeException ex) {
					logger.error("Proxying request " + exchange.requestId() + " failed", ex);
					exchange.respondError(ProxyError.of(500, "internal_error", "The call failed."), false);
				}
			}));
		}
		catch (ProxyRequestException ex) {
			this.rejections.rejected(ex.error().reason());
			exchange.respondError(ex.error(), false);
		}
		catch (ProxyStoreUnavailableException ex) {
			this.rejections.rejected("store_unavailable");
			exchange.respondError(ProxyError.storeUnavailable(), false);
		}
		catch (RuntimeException ex) {
			logger.error("Proxying request " + exchange.requestId() + " failed", ex);
			exchange.respondError(ProxyError.of(500, "internal_error", "The call failed."), false);
		}
	}

	private static ProxyRequestException unauthorized() {
		return new ProxyRequestException(ProxyError.of(401, "unauthorized", "Authentication is required."));
	}

	/** The user's rate, budget and in-flight slot, then this instance's cap: the lease must be exited once. */
	private ProxyLease admit(String userId) {
		Duration wait = this.store.tryConsume(userId);
		if (!wait.isZero()) {
			throw new ProxyRequestException(new ProxyError(429, "rate_limited",
					"Too many requests. Please retry later.", null, wait));
		}
		ProxyError overBudget = this.budget.check(this.store, userId);
		if (overBudget != null) {
			throw new ProxyRequestException(overBudget);
		}
		ProxyError refused = this.admission.tryEnter();
		if (refused != null) {
			throw new ProxyRequestException(refused);
		}
		ProxyLease lease;
		try {
			lease = this.store.tryAcquire(ProxySlot.IN_FLIGHT, userId);
		}
		catch (RuntimeException ex) {
			this.admission.exit();
			throw ex;
		}
		if (lease == null) {
			this.admission.exit();
			throw new ProxyRequestException(ProxyAdmission.tooManyInFlight());
		}
		return lease;
	}

	private void exit(ProxyLease lease) {
		lease.release();
		this.admission.exit();
	}

	private void respond(ProxyExchange exchange, SanitizedRequest call, RequestOptions options, String userId) {
		Response reply;
		try {
			reply = this.client.responses().create(call.request(), options);
		}
		catch (GeneralAugmentException ex) {
			failed(exchange, ex);
			return;
		}
		this.recorder.record(userId, reply, true);
		exchange.respondJson(200, this.redactor.redact(this.writer.json(this.writer.stripped(reply.raw()))));
	}

	private void stream(ProxyExchange exchange, SanitizedRequest call, RequestOptions options, String userId) {
		ResponseStream upstream;
		try {
			upstream = this.client.responses().stream(call.request(), options);
		}
		catch (GeneralAugmentException ex) {
			failed(exchange, ex);
			return;
		}
		SseRelay relay = new SseRelay(exchange, upstream, new SseRelay.Context(userId, this.writer, this.errors,
				this.recorder, this.redactor));
		if (!exchange.commit(ProxyRequestHandler::streamHeaders)) {
			exchange.complete();
			return;
		}
		Duration heartbeat = this.timing.heartbeatInterval();
		if (!heartbeat.isZero() && !heartbeat.isNegative()) {
			relay.startHeartbeat(this.timer, heartbeat);
		}
		relay.run();
	}

	private static void streamHeaders(HttpServletResponse response) {
		response.setStatus(200);
		response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		// Tells nginx-style reverse proxies not to buffer the stream.
		response.setHeader("X-Accel-Buffering", "no");
	}

	private void failed(ProxyExchange exchange, GeneralAugmentException ex) {
		if (exchange.isClientGone()) {
			// The call was aborted because the client left: there is no one to answer.
			exchange.complete();
			return;
		}
		exchange.respondError(this.errors.map(ex), false);
	}

	private static String requestId(@Nullable String sent) {
		if (sent != null && SAFE_REQUEST_ID.matcher(sent).matches()) {
			return sent;
		}
		// An identifier for tracing, not a secret: a thread-local generator, not UUID's SecureRandom, which
		// threads queue for under load.
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "req_" + HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
	}

	/**
	 * The client's idempotency key in the user's own namespace, so that two users sending the same key
	 * can never replay each other's reply.
	 */
	private static @Nullable String idempotencyKey(String userId, @Nullable String sent) {
		if (sent == null) {
			return null;
		}
		if (!SAFE_IDEMPOTENCY_KEY.matcher(sent).matches()) {
			throw ProxyRequestException.badRequest("invalid_idempotency_key",
					IDEMPOTENCY_KEY + " must be 1 to 255 visible ASCII characters.");
		}
		return sha256Hex(userId) + ":" + sent;
	}

	private static String sha256Hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static boolean acceptsEventStream(@Nullable String accept) {
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> "text".equals(type.getType()) && "event-stream".equals(type.getSubtype()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * What the proxy reads from a caller's request before it goes asynchronous.
	 *
	 * @param userId the user the security filters identified, or {@code null} when only the body can
	 * @param idempotencyKey the client's idempotency key, or {@code null}
	 * @param acceptsEventStream whether it asked for {@code text/event-stream}
	 */
	private record Caller(@Nullable String userId, @Nullable String idempotencyKey, boolean acceptsEventStream) {
	}

	/**
	 * The proxy's deadlines.
	 *
	 * @param bodyReadTimeout the most time a request body may take to arrive
	 * @param streamTimeout the longest a stream may last
	 * @param heartbeatInterval the longest a stream stays silent before a comment is written
	 */
	record Timing(Duration bodyReadTimeout, Duration streamTimeout, Duration heartbeatInterval) {
	}

}
