package com.generalaugment.client.http;

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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
 * attribute: it bounds the wait for headers and then, through a watchdog that closes the body, the
 * whole body.
 */
public final class JdkBlockingRequestFactory implements ClientHttpRequestFactory {

	/** Request attribute carrying the attempt's {@link Deadline}. */
	public static final String DEADLINE_ATTRIBUTE = JdkBlockingRequestFactory.class.getName() + ".deadline";

	// Headers the JDK client computes itself and refuses to have set.
	private static final Set<String> RESTRICTED_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	static {
		RESTRICTED_HEADERS.addAll(Set.of("Connection", "Content-Length", "Expect", "Host", "Upgrade"));
	}

	private static final ScheduledExecutorService WATCHDOG = watchdog();

	private final HttpClient httpClient;

	/**
	 * Create a factory sending through the given client.
	 * @param httpClient the JDK client (its connect timeout and TLS settings apply)
	 */
	public JdkBlockingRequestFactory(HttpClient httpClient) {
		this.httpClient = httpClient;
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

	private static ScheduledExecutorService watchdog() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "genaug-deadline-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		// Nearly every call cancels its watchdog task; without this the cancelled tasks would pile up
		// in the queue until their deadline (measured: 132,000 tasks after 36 s at 3,700 calls/s).
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		return new BlockingRequest(uri, httpMethod);
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
			HttpRequest.BodyPublisher publisher = (body.length == 0 && !permitsBody(this.method))
					? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
			HttpRequest.Builder request = HttpRequest.newBuilder(this.uri).method(this.method.name(), publisher);
			headers.forEach((name, values) -> {
				if (!RESTRICTED_HEADERS.contains(name)) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			Deadline deadline = (Deadline) getAttributes().get(DEADLINE_ATTRIBUTE);
			if (deadline != null && !deadline.isNone()) {
				Duration remaining = deadline.remaining();
				if (remaining.isZero()) {
					throw new HttpTimeoutException("request timed out");
				}
				request.timeout(remaining);
			}
			try {
				HttpResponse<InputStream> response = JdkBlockingRequestFactory.this.httpClient.send(request.build(),
						HttpResponse.BodyHandlers.ofInputStream());
				return new BlockingResponse(response, deadline);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting for the reply");
			}
		}

		private static boolean permitsBody(HttpMethod method) {
			return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
		}

	}

	private static final class BlockingResponse implements ClientHttpResponse {

		private final HttpResponse<InputStream> response;

		private final InputStream body;

		private final @Nullable ScheduledFuture<?> watchdog;

		private @Nullable HttpHeaders headers;

		BlockingResponse(HttpResponse<InputStream> response, @Nullable Deadline deadline) {
			this.response = response;
			InputStream raw = response.body();
			// Closing the JDK body from another thread fails a blocked read with an IOException, which is
			// how a stalled body is cut at the deadline.
			this.watchdog = (deadline != null && !deadline.isNone())
					? WATCHDOG.schedule(() -> closeQuietly(raw), deadline.remaining().toNanos(), TimeUnit.NANOSECONDS)
					: null;
			this.body = new FilterInputStream(raw) {
				@Override
				public void close() throws IOException {
					cancelWatchdog();
					super.close();
				}
			};
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
			if (this.watchdog != null) {
				this.watchdog.cancel(false);
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
