package com.generalaugment.client.internal.http;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.CollectionUtils;

/**
 * A {@link ClientHttpRequestFactory} on the JDK {@link HttpClient} tuned for this SDK.
 *
 * <p>Why not Spring's {@code JdkClientHttpRequestFactory}: it streams every body through a publisher
 * that writes on a separate thread and waits on {@code sendAsync}, which measured at a third of a raw
 * {@code HttpClient} call (build notes, trap 13); and its read timeout is a fixed factory setting that
 * kills long streams (trap 3). Here bodies are always the SDK's own serialised {@code byte[]} (sent with
 * {@code Content-Length}, never chunked — contract §1), the call is a plain blocking {@code send}, and
 * the timeout is the per-attempt {@link Deadline} passed as the {@link #DEADLINE_ATTRIBUTE} request
 * attribute, which bounds the whole exchange, body included.
 *
 * <p>Bodies are received only by subscribers the JDK trusts: the JDK runs any other on another thread,
 * a hand-off that cost 0.86x the throughput. A request marked with {@link #BUFFERED_ATTRIBUTE} is read
 * whole before {@code send} returns, with no copy beyond the one into its array, and at most the
 * factory's maximum response size of it ({@link BoundedBodySubscriber}). Any other reply — a stream — is
 * handed over open ({@code ofInputStream}), its events bounded by the reader. Either way the deadline
 * bounds the wait for the headers (the JDK's request timeout) and then the body: a whole body by
 * interrupting the wait for it ({@link DeadlineInterrupt}), a stream by closing it from the watchdog.
 */
public final class JdkBlockingRequestFactory implements ClientHttpRequestFactory {

	/** Request attribute carrying the attempt's {@link Deadline}. */
	public static final String DEADLINE_ATTRIBUTE = JdkBlockingRequestFactory.class.getName() + ".deadline";

	/**
	 * Request attribute carrying the {@link Deadline} of a streamed body, when it differs from the
	 * attempt's (a stream allowed to last longer than the wait for it to open).
	 */
	public static final String BODY_DEADLINE_ATTRIBUTE = JdkBlockingRequestFactory.class.getName() + ".bodyDeadline";

	/**
	 * Request attribute ({@link Boolean#TRUE}) asking for the whole body to be read before the response
	 * is returned; its {@linkplain ClientHttpResponse#getBody() body} is then a {@link BufferedBody}.
	 */
	public static final String BUFFERED_ATTRIBUTE = JdkBlockingRequestFactory.class.getName() + ".buffered";

	// Headers the JDK client computes itself and refuses to have set.
	private static final Set<String> RESTRICTED_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	static {
		RESTRICTED_HEADERS.addAll(Set.of("Connection", "Content-Length", "Expect", "Host", "Upgrade"));
	}

	private final Supplier<HttpClient> httpClient;

	private final HttpResponse.BodyHandler<byte[]> bufferedBody;

	/**
	 * Create a factory sending through the given client.
	 * @param httpClient the JDK client (its connect timeout and TLS settings apply)
	 * @param maxResponseSize the most bytes a whole 2xx reply may have
	 */
	public JdkBlockingRequestFactory(HttpClient httpClient, long maxResponseSize) {
		this(() -> httpClient, maxResponseSize);
	}

	private JdkBlockingRequestFactory(Supplier<HttpClient> httpClient, long maxResponseSize) {
		this.httpClient = httpClient;
		this.bufferedBody = BoundedBodySubscriber.handler(maxResponseSize);
	}

	/**
	 * The JDK client this factory sends through; the shared default is built by this call when no call
	 * has built it yet.
	 * @return the client
	 */
	public HttpClient httpClient() {
		return this.httpClient.get();
	}

	/**
	 * A factory sending through the SDK's {@linkplain #defaultHttpClient() default client}, one per JVM,
	 * built on the first call. Building the first JDK client of a JVM loads its HTTP and TLS machinery
	 * (measured: about 0.3 s), which an application should not pay at start-up for a client it may not
	 * call for a while.
	 * @param maxResponseSize the most bytes a whole 2xx reply may have
	 * @return the factory
	 */
	public static JdkBlockingRequestFactory withSharedDefaultClient(long maxResponseSize) {
		return new JdkBlockingRequestFactory(() -> SharedDefaultClient.INSTANCE, maxResponseSize);
	}

	/**
	 * The client this SDK builds when the caller supplies none: HTTP/1.1 (cleartext HTTP/2 upgrades
	 * are refused by some servers and proxies — trap 2), a 10 s connect timeout, no redirects.
	 * @return a new client
	 */
	public static HttpClient defaultHttpClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		return new BlockingRequest(uri, httpMethod);
	}

	/**
	 * Start a JDK request with its method, URI and body; the caller adds the headers.
	 * @param uri the URI
	 * @param method the method
	 * @param body the body, {@code null} or empty for none
	 * @return the builder
	 */
	static HttpRequest.Builder newRequest(URI uri, HttpMethod method, byte @Nullable [] body) {
		boolean empty = body == null || body.length == 0;
		HttpRequest.BodyPublisher publisher = (empty && !permitsBody(method)) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray((body != null) ? body : new byte[0]);
		return HttpRequest.newBuilder(uri).method(method.name(), publisher);
	}

	/**
	 * Whether a header is one the JDK client computes itself and refuses to have set.
	 * @param name the header name
	 * @return {@code true} to leave it out
	 */
	static boolean isRestricted(String name) {
		return RESTRICTED_HEADERS.contains(name);
	}

	/**
	 * Send a request and wait for its reply.
	 * @param request the request, complete but for its timeout
	 * @param deadline the attempt's deadline, {@code null} for none
	 * @param bodyDeadline the deadline of a body handed over open, {@code null} for the attempt's
	 * @param buffered read the whole body before returning (a {@link BufferedBody}); else hand it over open
	 * @return the reply, to be closed
	 * @throws IOException when the exchange fails; an {@link HttpTimeoutException} at the deadline, one
	 * caused by a {@link BoundedBodySubscriber.TooLargeException} for a whole reply over the maximum size
	 */
	ClientHttpResponse exchange(HttpRequest.Builder request, @Nullable Deadline deadline,
			@Nullable Deadline bodyDeadline, boolean buffered) throws IOException {
		@Nullable Deadline bound = (deadline != null && !deadline.isNone()) ? deadline : null;
		if (bound != null) {
			Duration remaining = bound.remaining();
			if (remaining.isZero()) {
				throw new HttpTimeoutException("request timed out");
			}
			request.timeout(remaining);
		}
		if (buffered) {
			return sendBuffered(request.build(), bound);
		}
		try {
			HttpResponse<InputStream> response = this.httpClient.get().send(request.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			@Nullable Deadline body = (bodyDeadline != null) ? bodyDeadline : deadline;
			return new StreamedResponse(response, (body != null && !body.isNone()) ? body : null);
		}
		catch (InterruptedException ex) {
			throw interrupted();
		}
	}

	private ClientHttpResponse sendBuffered(HttpRequest request, @Nullable Deadline deadline) throws IOException {
		// A subscriber the JDK trusts, bounded in time by interrupting the wait: the JDK runs a body subscriber
		// it does not know on another thread (measured: 0.86x the throughput, +36 µs of CPU a call), and its
		// ofInputStream ignores interrupts on Java 17. send, not sendAsync(...).get(remaining): sendAsync
		// hands every reply to the common pool, a new thread per task on two cores.
		DeadlineInterrupt interrupt = (deadline != null) ? DeadlineInterrupt.arm(deadline) : null;
		try {
			return new BufferedResponse(this.httpClient.get().send(request, this.bufferedBody));
		}
		catch (InterruptedException ex) {
			if (interrupt != null && interrupt.disarm()) {
				throw new HttpTimeoutException("request timed out");
			}
			throw interrupted();
		}
		finally {
			if (interrupt != null) {
				interrupt.disarm();
			}
		}
	}

	/** The failure for a caller interrupted while waiting, its interrupt status restored for the code above. */
	private static InterruptedIOException interrupted() {
		Thread.currentThread().interrupt();
		return new InterruptedIOException("Interrupted while waiting for the reply");
	}

	private static final class SharedDefaultClient {

		static final HttpClient INSTANCE = defaultHttpClient();

	}

	private static boolean permitsBody(HttpMethod method) {
		return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
	}

	private final class BlockingRequest extends AbstractBufferingClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		BlockingRequest(URI uri, HttpMethod method) {
			this.uri = uri;
			this.method = method;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			HttpRequest.Builder request = newRequest(this.uri, this.method, body);
			headers.forEach((name, values) -> {
				if (!isRestricted(name)) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			return exchange(request, (Deadline) getAttributes().get(DEADLINE_ATTRIBUTE),
					(Deadline) getAttributes().get(BODY_DEADLINE_ATTRIBUTE), Boolean.TRUE.equals(getAttributes().get(BUFFERED_ATTRIBUTE)));
		}

	}

	/**
	 * The body of a reply read whole: {@link #bytes()} hands over the array itself, where
	 * {@code readAllBytes()} would copy it.
	 */
	public static final class BufferedBody extends ByteArrayInputStream {

		BufferedBody(byte[] bytes) {
			super(bytes);
		}

		/**
		 * Take the whole body, without copying it, if none of it has been read.
		 * @return the body bytes, or the unread rest (a copy) when some was read already
		 */
		public synchronized byte[] bytes() {
			if (this.pos == 0 && this.count == this.buf.length) {
				this.pos = this.count;
				return this.buf;
			}
			return readAllBytes();
		}

	}

	/** Status and headers of a JDK reply; the subclasses own its body. */
	private abstract static class JdkResponse implements ClientHttpResponse {

		private final HttpResponse<?> response;

		private @Nullable HttpHeaders headers;

		JdkResponse(HttpResponse<?> response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			if (this.headers == null) {
				this.headers = HttpHeaders.readOnlyHttpHeaders(
						new HttpHeaders(CollectionUtils.toMultiValueMap(this.response.headers().map())));
			}
			return this.headers;
		}

	}

	private static final class BufferedResponse extends JdkResponse {

		private final BufferedBody body;

		BufferedResponse(HttpResponse<byte[]> response) {
			super(response);
			this.body = new BufferedBody(response.body());
		}

		@Override
		public InputStream getBody() {
			return this.body;
		}

		@Override
		public void close() {
			// Nothing is held: the JDK client released the connection once the body was read.
		}

	}

	private static final class StreamedResponse extends JdkResponse {

		private final HttpResponse<InputStream> response;

		private final InputStream body;

		private final DeadlineWatchdog.@Nullable Watch watch;

		StreamedResponse(HttpResponse<InputStream> response, @Nullable Deadline deadline) {
			super(response);
			this.response = response;
			InputStream raw = response.body();
			// Closing the JDK body from another thread fails a blocked read with an IOException, which is
			// how a stalled body is cut at the deadline.
			this.watch = (deadline != null)
					? DeadlineWatchdog.shared().watch(deadline.remaining(), () -> closeQuietly(raw)) : null;
			this.body = new FilterInputStream(raw) {
				@Override
				public void close() throws IOException {
					cancelWatchdog();
					super.close();
				}
			};
		}

		@Override
		public InputStream getBody() {
			return this.body;
		}

		@Override
		public void close() {
			cancelWatchdog();
			closeQuietly(this.response.body());
		}

		private void cancelWatchdog() {
			if (this.watch != null) {
				this.watch.cancel();
			}
		}

		private static void closeQuietly(InputStream stream) {
			try {
				stream.close();
			}
			catch (IOException ex) {
				// Nothing to do: the connection is discarded either way.
			}
		}

	}

}
