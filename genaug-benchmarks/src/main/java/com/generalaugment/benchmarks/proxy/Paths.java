package com.generalaugment.benchmarks.proxy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.generalaugment.benchmarks.app.BenchApplication;
import com.generalaugment.benchmarks.contenders.Contender;

/**
 * The ways the load driver reaches the same upstream: directly ({@code POST /v1/responses} with the
 * platform key), through the app's proxy ({@code POST /ai/responses} as the app's user, the body a
 * mobile app sends) or through the app's hand-written relay ({@code POST /relay/responses}, the same
 * request). All use the same plain JDK {@code HttpClient}, so the differences are the app's.
 */
public final class Paths {

	private static final String DIRECT_BODY = "{\"model\":\"balanced\",\"user\":\"" + BenchApplication.USER
			+ "\",\"input\":\"" + Contender.INPUT + "\"";

	private static final String PROXIED_BODY = "{\"input\":\"" + Contender.INPUT + "\"";

	private static final String BASIC = "Basic " + Base64.getEncoder()
		.encodeToString((BenchApplication.USER + ":" + BenchApplication.PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI uri;

	private final String authorization;

	private final String body;

	private final String label;

	private Paths(URI uri, String authorization, String body, String label) {
		this.uri = uri;
		this.authorization = authorization;
		this.body = body;
		this.label = label;
	}

	/**
	 * The direct path.
	 * @param upstreamBaseUrl the upstream's base URL
	 * @return the path
	 */
	public static Paths direct(String upstreamBaseUrl) {
		return new Paths(URI.create(upstreamBaseUrl + "/v1/responses"), "Bearer " + Contender.API_KEY, DIRECT_BODY,
				"direct");
	}

	/**
	 * The proxied path.
	 * @param appPort the app's port
	 * @return the path
	 */
	public static Paths proxied(int appPort) {
		return new Paths(URI.create("http://127.0.0.1:" + appPort + "/ai/responses"), BASIC, PROXIED_BODY, "proxied");
	}

	/**
	 * The proxied path as another of the app's users.
	 * @param appPort the app's port
	 * @param user the user, {@code bench-<n>}
	 * @return the path
	 */
	public static Paths proxiedAs(int appPort, String user) {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + BenchApplication.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return new Paths(URI.create("http://127.0.0.1:" + appPort + "/ai/responses"), basic, PROXIED_BODY, "proxied");
	}

	/**
	 * The hand-written relay's path: the proxy's request to the app's {@code /relay/responses}.
	 * @param appPort the app's port
	 * @return the path
	 */
	public static Paths relayed(int appPort) {
		return new Paths(URI.create("http://127.0.0.1:" + appPort + "/relay/responses"), BASIC, PROXIED_BODY,
				"relayed");
	}

	/** @return {@code direct}, {@code relayed} or {@code proxied} */
	public String label() {
		return this.label;
	}

	/**
	 * One plain call.
	 * @return the reply body
	 * @throws IOException when the call fails
	 * @throws InterruptedException when interrupted
	 */
	public byte[] call() throws IOException, InterruptedException {
		HttpResponse<byte[]> response = send(false, HttpResponse.BodyHandlers.ofByteArray());
		return response.body();
	}

	/**
	 * One streamed call, read to the end.
	 * @return the time from the call to the first event, and the events read
	 * @throws IOException when the call fails
	 * @throws InterruptedException when interrupted
	 */
	public StreamRead stream() throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<InputStream> response = send(true, HttpResponse.BodyHandlers.ofInputStream());
		long first = 0;
		int events = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("data:") && events++ == 0) {
					first = System.nanoTime() - start;
				}
			}
		}
		return new StreamRead(first, events);
	}

	/**
	 * A streamed call request, for drivers that read the body asynchronously.
	 * @return the request
	 */
	public HttpRequest streamRequest() {
		return request(true);
	}

	private <T> HttpResponse<T> send(boolean stream, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		HttpResponse<T> response;
		try {
			response = this.http.send(request(stream), handler);
		}
		catch (IOException ex) {
			// The JDK pool race described in RawJdkContender: not the path's fault, so one retry.
			response = this.http.send(request(stream), handler);
		}
		if (response.statusCode() != 200) {
			throw new IOException(this.label + " answered HTTP " + response.statusCode());
		}
		return response;
	}

	private HttpRequest request(boolean stream) {
		return HttpRequest.newBuilder(this.uri)
			// Once in a long run the JDK's HTTP/1.1 pool loses an exchange and send() would wait forever
			// (seen in part 3's direct warm-up); the timeout turns that into the retry below.
			.timeout(REPLY_TIMEOUT)
			.header("Authorization", this.authorization)
			.header("Content-Type", "application/json")
			.header("Accept", stream ? "text/event-stream" : "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.body + (stream ? ",\"stream\":true}" : "}")))
			.build();
	}

	/**
	 * What one streamed call read.
	 *
	 * @param firstEventNanos the time to the first event
	 * @param events the events read
	 */
	public record StreamRead(long firstEventNanos, int events) {
	}

}
