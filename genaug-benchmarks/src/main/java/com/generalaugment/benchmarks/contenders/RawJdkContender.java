package com.generalaugment.benchmarks.contenders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ContenderKind#RAW}: the baseline, what a developer writes by hand with the JDK and Jackson and
 * nothing else: no retries, no deadline, no error mapping, no listeners.
 */
final class RawJdkContender implements Contender {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final URI uri;

	RawJdkContender(String baseUrl) {
		this.uri = URI.create(baseUrl + "/v1/responses");
	}

	@Override
	public String createResponse() {
		HttpResponse<byte[]> response = send(false, HttpResponse.BodyHandlers.ofByteArray());
		JsonNode json = this.mapper.readTree(response.body());
		return json.get("output").get(0).get("content").get(0).get("text").stringValue();
	}

	@Override
	public StreamOutcome streamResponse() {
		HttpResponse<InputStream> response = send(true, HttpResponse.BodyHandlers.ofInputStream());
		long first = 0;
		int events = 0;
		StringBuilder text = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String data = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("data:")) {
					data = line.substring(line.startsWith("data: ") ? 6 : 5);
				}
				else if (line.isEmpty() && data != null) {
					JsonNode event = this.mapper.readTree(data);
					if (events++ == 0) {
						first = System.nanoTime();
					}
					if ("response.output_text.delta".equals(event.get("type").stringValue())) {
						text.append(event.get("delta").stringValue());
					}
					data = null;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new StreamOutcome(first, events, text.toString());
	}

	private <T> HttpResponse<T> send(boolean stream, HttpResponse.BodyHandler<T> handler) {
		var body = this.mapper.createObjectNode().put("model", "balanced").put("user", USER).put("input", INPUT);
		if (stream) {
			body.put("stream", true);
		}
		HttpRequest request = HttpRequest.newBuilder(this.uri)
			// As genaug-client bounds each attempt: without it an exchange the JDK's pool loses (seen once in
			// part 6) would stall the whole part instead of failing into the retry below.
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + API_KEY)
			.header("Content-Type", "application/json")
			.header("Accept", stream ? "text/event-stream" : "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.mapper.writeValueAsBytes(body)))
			.build();
		try {
			HttpResponse<T> response;
			try {
				response = this.http.send(request, handler);
			}
			catch (IOException ex) {
				// The JDK's HTTP/1.1 pool can route a reply to the idle-connection cleanup of a connection just
				// taken from the pool ("Data received while in pool", JDK-8338569 and kin): against this instant
				// upstream at 16 threads, about 1 call in 30,000 fails so, on 17.0.15 and 25.0.3 alike. Hand-written
				// code needs this one retry to survive the benchmark.
				response = this.http.send(request, handler);
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode());
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		// Nothing to release: the HttpClient's connections die with the JVM.
	}

}
