package com.generalaugment.client.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.generalaugment.client.internal.http.BoundedBodySubscriber;
import com.generalaugment.client.internal.http.Deadline;
import com.generalaugment.client.internal.http.DeadlineInterrupt;
import com.generalaugment.client.internal.http.DeadlineWatchdog;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link HttpSender}: the JDK {@link HttpClient}, with a plain blocking {@code send}.
 *
 * <p>Bodies are received only by subscribers the JDK trusts, because it runs any other on another
 * thread, a hand-off that costs throughput on every call. A whole reply is read before {@code send}
 * returns, with no copy beyond the one into its array and at most the request's maximum size of it;
 * a stream is handed over open ({@code ofInputStream}), its events bounded by the SDK's reader. The
 * timeout bounds the wait for the headers (the JDK's request timeout) and then the body: a whole body by
 * interrupting the wait for it, a stream by closing it from a watchdog thread, which fails a blocked
 * read.
 */
public final class JdkHttpSender implements HttpSender {

	// Headers the JDK client computes itself and refuses to have set.
	private static final Set<String> RESTRICTED_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	static {
		RESTRICTED_HEADERS.addAll(Set.of("Connection", "Content-Length", "Expect", "Host", "Upgrade"));
	}

	private final Supplier<HttpClient> httpClient;

	// The handler of the size most recently asked for: a client asks for one size, always.
	private volatile SizedHandler bodyHandler = new SizedHandler(-1, BoundedBodySubscriber.handler(1));

	private JdkHttpSender(Supplier<HttpClient> httpClient) {
		this.httpClient = httpClient;
	}

	/**
	 * A sender on the given client.
	 * @param httpClient the JDK client (its connect timeout, TLS, proxy and executor apply)
	 * @return the sender
	 */
	public static JdkHttpSender create(HttpClient httpClient) {
		Objects.requireNonNull(httpClient, "httpClient");
		return new JdkHttpSender(() -> httpClient);
	}

	/**
	 * The sender every SDK client uses when given none: one per JVM, on a {@linkplain #defaultHttpClient()
	 * default client} built on its first call. Building a JVM's first JDK client loads its HTTP and TLS
	 * machinery, a cost an application should not pay at start-up for a client it may not call for a
	 * while.
	 * @return the shared sender
	 */
	public static JdkHttpSender shared() {
		return Shared.SENDER;
	}

	/**
	 * The client this SDK builds when the caller supplies none: HTTP/1.1 (cleartext HTTP/2 upgrades are
	 * refused by some servers and proxies), a 10 s connect timeout, no redirects.
	 * @return a new client
	 */
	public static HttpClient defaultHttpClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The JDK client this sender sends through; the shared default is built by this call when no call has
	 * built it yet.
	 * @return the client
	 */
	public HttpClient httpClient() {
		return this.httpClient.get();
	}

	@Override
	public HttpSenderResponse send(HttpSenderRequest request) throws IOException {
		HttpRequest.Builder http = newRequest(request);
		Duration timeout = request.timeout();
		if (timeout != null) {
			if (timeout.isZero() || timeout.isNegative()) {
				throw new HttpTimeoutException("request timed out");
			}
			http.timeout(timeout);
		}
		if (!request.streaming()) {
			return sendBuffered(http.build(), (timeout != null) ? Deadline.after(timeout) : null,
					request.maxResponseSize());
		}
		try {
			HttpResponse<InputStream> response = this.httpClient.get()
				.send(http.build(), HttpResponse.BodyHandlers.ofInputStream());
			return new StreamedResponse(response, request.bodyTimeout());
		}
		catch (InterruptedException ex) {
			throw interrupted();
		}
	}

	private static HttpRequest.Builder newRequest(HttpSenderRequest request) {
		byte[] body = request.body();
		String method = request.method();
		boolean empty = body == null || body.length == 0;
		HttpRequest.BodyPublisher publisher = (empty && !permitsBody(method)) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray((body != null) ? body : new byte[0]);
		HttpRequest.Builder http = HttpRequest.newBuilder(request.uri()).method(method, publisher);
		request.forEachHeader((name, value) -> {
			if (!RESTRICTED_HEADERS.contains(name)) {
				http.setHeader(name, value);
			}
		});
		return http;
	}

	private static boolean permitsBody(String method) {
		return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
	}

	private HttpSenderResponse sendBuffered(HttpRequest request, @Nullable Deadline deadline, long maxResponseSize)
			throws IOException {
		// Bounded in time by interrupting the wait: the JDK's ofInputStream ignores interrupts on Java 17, and
		// sendAsync(...).get(remaining) hands every reply to the common pool, a new thread per task on small
		// machines.
		DeadlineInterrupt interrupt = (deadline != null) ? DeadlineInterrupt.arm(deadline) : null;
		try {
			return new BufferedResponse(this.httpClient.get().send(request, handler(maxResponseSize)));
		}
		catch (InterruptedException ex) {
			if (interrupt != null && interrupt.disarm()) {
				throw new HttpTimeoutException("request timed out");
			}
			throw interrupted();
		}
		catch (IOException ex) {
			BoundedBodySubscriber.TooLargeException tooLarge = tooLarge(ex);
			if (tooLarge != null) {
				ReplyTooLargeException failure = tooLarge.reply();
				failure.initCause(ex);
				throw failure;
			}
			throw ex;
		}
		finally {
			if (interrupt != null) {
				interrupt.disarm();
			}
		}
	}

	private HttpResponse.BodyHandler<byte[]> handler(long maxResponseSize) {
		SizedHandler current = this.bodyHandler;
		if (current.size != maxResponseSize) {
			current = new SizedHandler(maxResponseSize, BoundedBodySubscriber.handler(maxResponseSize));
			this.bodyHandler = current;
		}
		return current.handler;
	}

	private static BoundedBodySubscriber.@Nullable TooLargeException tooLarge(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof BoundedBodySubscriber.TooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	/** The failure for a caller interrupted while waiting, its interrupt status restored for the code above. */
	private static InterruptedIOException interrupted() {
		Thread.currentThread().interrupt();
		return new InterruptedIOException("Interrupted while waiting for the reply");
	}

	private record SizedHandler(long size, HttpResponse.BodyHandler<byte[]> handler) {
	}

	private static final class Shared {

		static final JdkHttpSender SENDER = new JdkHttpSender(new Supplier<>() {

			@Override
			public HttpClient get() {
				return Client.INSTANCE;
			}

		});

		private static final class Client {

			static final HttpClient INSTANCE = defaultHttpClient();

		}

	}

	/** Status and headers of a JDK reply; the subclasses own its body. */
	private abstract static class JdkResponse implements HttpSenderResponse {

		private final HttpResponse<?> response;

		JdkResponse(HttpResponse<?> response) {
			this.response = response;
		}

		@Override
		public int statusCode() {
			return this.response.statusCode();
		}

		@Override
		public HttpHeaders headers() {
			return this.response.headers();
		}

	}

	private static final class BufferedResponse extends JdkResponse {

		private final HttpResponse<byte[]> response;

		BufferedResponse(HttpResponse<byte[]> response) {
			super(response);
			this.response = response;
		}

		@Override
		public InputStream body() {
			return new java.io.ByteArrayInputStream(this.response.body());
		}

		@Override
		public byte[] bodyBytes() {
			return this.response.body();
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

		StreamedResponse(HttpResponse<InputStream> response, @Nullable Duration bodyTimeout) {
			super(response);
			this.response = response;
			InputStream raw = response.body();
			// Closing the JDK body from another thread fails a blocked read with an IOException, which is how
			// a stalled body is cut at its deadline.
			this.watch = (bodyTimeout != null) ? DeadlineWatchdog.shared().watch(bodyTimeout, () -> closeQuietly(raw))
					: null;
			this.body = new FilterInputStream(raw) {
				@Override
				public void close() throws IOException {
					cancelWatch();
					super.close();
				}
			};
		}

		@Override
		public InputStream body() {
			return this.body;
		}

		@Override
		public void close() {
			cancelWatch();
			closeQuietly(this.response.body());
		}

		private void cancelWatch() {
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
