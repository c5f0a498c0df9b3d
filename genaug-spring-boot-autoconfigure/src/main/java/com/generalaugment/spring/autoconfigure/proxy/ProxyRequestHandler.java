package com.generalaugment.spring.autoconfigure.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.spring.autoconfigure.proxy.ProxyRequestSanitizer.SanitizedRequest;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
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
 * <p>Order of checks: method (405), content type (415), declared size (413); then, for a caller the
 * security filters identified, the rate (429) and admission (503 / 429) — all before the body is read,
 * so a refused caller costs no body read and its connection is closed rather than drained; then the
 * body's size (413) and JSON (400), the user when only the body names it (401) with its rate and
 * admission, fields and limits (400), {@code previous_response_id} ownership (403), open streams (429).
 */
public final class ProxyRequestHandler implements HttpRequestHandler {

	static final String REQUEST_ID = "X-Request-ID";

	static final String IDEMPOTENCY_KEY = "X-Idempotency-Key";

	private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	private static final HexFormat HEX = HexFormat.of();

	private static final Pattern SAFE_IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final GeneralAugmentClient client;

	private final ProxyUserResolver userResolver;

	private final ProxyRateLimiter rateLimiter;

	private final ProxyConversationStore conversations;

	private final ProxyBodyReader bodyReader;

	private final ProxyRequestSanitizer sanitizer;

	private final ProxyResponseWriter writer;

	private final ProxyErrorMapper errors;

	private final ProxyStreamSlots streamSlots;

	private final ProxyAdmission admission;

	private final ProxyKeyRedactor redactor;

	private final Executor streamExecutor;

	private final Duration streamTimeout;

	private final Duration heartbeatInterval;

	private final ScheduledExecutorService heartbeats;

	private final ProxyRejectionListener rejections;

	private final ProxyShutdown shutdown;

	ProxyRequestHandler(GeneralAugmentClient client, ProxyUserResolver userResolver, ProxyRateLimiter rateLimiter,
			ProxyConversationStore conversations, ProxyBodyReader bodyReader, ProxyRequestSanitizer sanitizer,
			ProxyResponseWriter writer, ProxyStreamSlots streamSlots, ProxyAdmission admission,
			ProxyKeyRedactor redactor, Executor streamExecutor, Duration streamTimeout, Duration heartbeatInterval,
			ScheduledExecutorService heartbeats, ProxyRejectionListener rejections,
			ProxyShutdown shutdown) {
		this.client = client;
		this.userResolver = userResolver;
		this.rateLimiter = rateLimiter;
		this.conversations = conversations;
		this.bodyReader = bodyReader;
		this.sanitizer = sanitizer;
		this.writer = writer;
		this.errors = new ProxyErrorMapper();
		this.streamSlots = streamSlots;
		this.admission = admission;
		this.redactor = redactor;
		this.streamExecutor = streamExecutor;
		this.streamTimeout = streamTimeout;
		this.heartbeatInterval = heartbeatInterval;
		this.heartbeats = heartbeats;
		this.rejections = rejections;
		this.shutdown = shutdown;
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String requestId = requestId(request.getHeader(REQUEST_ID));
		response.setHeader(REQUEST_ID, requestId);
		boolean bodyRead = false;
		@Nullable ObjectNode body = null;
		@Nullable String admitted = null;
		try {
			if (!"POST".equals(request.getMethod())) {
				response.setHeader(HttpHeaders.ALLOW, "POST");
				throw new ProxyRequestException(ProxyError.of(405, "method_not_allowed", "Use POST."));
			}
			if (this.shutdown.isStopping()) {
				throw new ProxyRequestException(ProxyShutdown.error());
			}
			this.bodyReader.checkHeaders(request);
			String userId = this.userResolver.resolveUser(request, null);
			if (userId == null || userId.isBlank()) {
				// Only the body can name this caller (trust-client-user): its checks wait for the body.
				bodyRead = true;
				body = this.bodyReader.read(request);
				userId = this.userResolver.resolveUser(request, ProxyRequestSanitizer.claimedUser(body));
				if (userId == null || userId.isBlank()) {
					throw new ProxyRequestException(ProxyError.of(401, "unauthorized", "Authentication is required."));
				}
			}
			admit(userId);
			admitted = userId;
			if (body == null) {
				bodyRead = true;
				body = this.bodyReader.read(request);
			}
			SanitizedRequest call = this.sanitizer.sanitize(body, userId);
			if (call.previousResponseId() != null && !this.conversations.belongsTo(userId, call.previousResponseId())) {
				throw new ProxyRequestException(ProxyError.of(403, "previous_response_forbidden",
						"previous_response_id is not a response returned to this user."));
			}
			RequestOptions options = RequestOptions.builder()
				.requestId(requestId)
				.idempotencyKey(idempotencyKey(userId, request.getHeader(IDEMPOTENCY_KEY)))
				.build();
			if (call.stream() || acceptsEventStream(request.getHeader(HttpHeaders.ACCEPT))) {
				String streamUser = userId;
				// The stream owns the admission slot from here and frees it when it ends.
				admitted = null;
				stream(request, response, call, options, userId, requestId, () -> this.admission.exit(streamUser));
			}
			else {
				respond(response, call, options, userId, requestId);
			}
		}
		catch (ProxyRequestException ex) {
			if (!bodyRead && hasBody(request)) {
				// Otherwise the container reads the unread body to keep the connection, on a request thread,
				// at whatever pace the client sends it.
				response.setHeader(HttpHeaders.CONNECTION, "close");
			}
			this.rejections.rejected(ex.error().reason());
			this.writer.writeError(response, ex.error(), requestId);
		}
		finally {
			if (admitted != null) {
				this.admission.exit(admitted);
			}
		}
	}

	private void admit(String userId) {
		Duration wait = this.rateLimiter.tryAcquire(userId);
		if (!wait.isZero()) {
			throw new ProxyRequestException(new ProxyError(429, "rate_limited",
					"Too many requests. Please retry later.", null, wait));
		}
		ProxyError refused = this.admission.tryEnter(userId);
		if (refused != null) {
			throw new ProxyRequestException(refused);
		}
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private void respond(HttpServletResponse response, SanitizedRequest call, RequestOptions options, String userId,
			String requestId) throws IOException {
		Response reply;
		try {
			reply = this.client.createResponse(call.request(), options);
		}
		catch (GeneralAugmentException ex) {
			this.writer.writeError(response, this.errors.map(ex), requestId);
			return;
		}
		if (reply.id() != null) {
			this.conversations.remember(userId, reply.id());
		}
		this.writer.writeJson(response, 200, this.redactor.redact(this.writer.json(this.writer.stripped(reply.raw()))));
	}

	private void stream(HttpServletRequest request, HttpServletResponse response, SanitizedRequest call,
			RequestOptions options, String userId, String requestId, Runnable exit) throws IOException {
		if (!this.streamSlots.tryAcquire(userId)) {
			exit.run();
			throw new ProxyRequestException(new ProxyError(429, "too_many_streams",
					"Too many open streams. Close one and retry.", null, Duration.ofSeconds(1)));
		}
		ResponseStream upstream;
		try {
			upstream = this.client.streamResponse(call.request(), options);
		}
		catch (GeneralAugmentException ex) {
			release(userId, exit);
			this.writer.writeError(response, this.errors.map(ex), requestId);
			return;
		}
		catch (RuntimeException ex) {
			release(userId, exit);
			throw ex;
		}
		SseRelay relay;
		AtomicReference<SseRelay> self = new AtomicReference<>();
		try {
			response.setStatus(200);
			response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			// Tells nginx-style reverse proxies not to buffer the stream.
			response.setHeader("X-Accel-Buffering", "no");
			// Commit the headers here, on the container thread, so the client sees the stream open at once
			// and, above all, before the relay thread writes: filters still unwinding on this thread
			// (Spring Security's header writer, which adds headers when the response commits) would
			// otherwise touch the response while the relay thread commits it, corrupting the container's
			// header table.
			response.flushBuffer();
			AsyncContext async = request.startAsync(request, response);
			async.setTimeout(this.streamTimeout.toMillis());
			relay = new SseRelay(async, upstream, new SseRelay.Context(userId, requestId, this.writer, this.errors,
					this.conversations, this.redactor), () -> {
						release(userId, exit);
						this.shutdown.closed(self.get());
					});
			self.set(relay);
			async.addListener(relay);
			if (!this.heartbeatInterval.isZero() && !this.heartbeatInterval.isNegative()) {
				relay.startHeartbeat(this.heartbeats, this.heartbeatInterval);
			}
		}
		catch (IOException | RuntimeException ex) {
			upstream.close();
			release(userId, exit);
			throw ex;
		}
		try {
			this.shutdown.opened(relay);
			this.streamExecutor.execute(relay);
		}
		catch (RuntimeException ex) {
			relay.end();
			throw ex;
		}
	}

	private void release(String userId, Runnable exit) {
		this.streamSlots.release(userId);
		exit.run();
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

}
