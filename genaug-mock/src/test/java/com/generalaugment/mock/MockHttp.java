package com.generalaugment.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain JDK HTTP/1.1 client for tests, with the credentials of contract §1 preset. Deliberately not
 * genaug-client: the mock is tested on the wire.
 */
public final class MockHttp {

	public static final String PROJECT_KEY = "test-project-key";

	public static final String ADMIN_KEY = "test-admin-key";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	public MockHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** A reply read completely. */
	public record Reply(int status, HttpResponse<String> raw) {

		public String body() {
			return raw.body();
		}

		public JsonNode json() {
			return MAPPER.readTree(raw.body());
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

	}

	/** POST with the project key. */
	public Reply post(String path, String json, String... headers) {
		return send(request(path, withProjectKey(headers)).POST(body(json)));
	}

	/** POST with the admin key. */
	public Reply adminPost(String path, String json, String... headers) {
		return send(request(path, withAdminKey(headers)).POST(body(json)));
	}

	public Reply adminGet(String path, String... headers) {
		return send(request(path, withAdminKey(headers)).GET());
	}

	public Reply adminDelete(String path) {
		return send(request(path, withAdminKey()).DELETE());
	}

	public Reply adminMethod(String method, String path, String json) {
		return send(request(path, withAdminKey()).method(method, body(json)));
	}

	public Reply get(String path, String... headers) {
		return send(request(path, withProjectKey(headers)).GET());
	}

	public Reply delete(String path) {
		return send(request(path, withProjectKey()).DELETE());
	}

	/** Any request, with exactly the given headers. */
	public Reply raw(String method, String path, String json, String... headers) {
		return send(request(path, headers).method(method, json == null ? HttpRequest.BodyPublishers.noBody() : body(json)));
	}

	/** Opens a response whose body the caller reads incrementally. */
	public HttpResponse<java.io.InputStream> stream(String json, String... headers) {
		try {
			return client.send(request("/v1/responses", withProjectKey(headers)).POST(body(json)).build(),
					HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofByteArray(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String[] withProjectKey(String... headers) {
		return concat(headers, "Authorization", "Bearer " + PROJECT_KEY, "Content-Type", "application/json");
	}

	private static String[] withAdminKey(String... headers) {
		return concat(headers, "X-Admin-Key", ADMIN_KEY, "Content-Type", "application/json");
	}

	private static String[] concat(String[] first, String... more) {
		List<String> all = new ArrayList<>(List.of(more));
		all.addAll(List.of(first));
		return all.toArray(String[]::new);
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
