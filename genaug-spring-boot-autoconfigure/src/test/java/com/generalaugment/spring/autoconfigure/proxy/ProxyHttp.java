package com.generalaugment.spring.autoconfigure.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the proxy over real HTTP and keeps everything it answered, so a test class can finally check
 * that no answer ever carried the API key or the upstream address.
 */
final class ProxyHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger USERS = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

	private final String endpoint;

	ProxyHttp(int port) {
		this.endpoint = "http://localhost:" + port + "/ai/responses";
	}

	/** @return a user name no other test uses, so rate limits and memories start fresh */
	static String newUser() {
		return "user-" + USERS.incrementAndGet() + "@example.com";
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + ProxyTestApplication.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	HttpRequest.Builder postRequest(String user, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.endpoint))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		return request;
	}

	HttpRequest.Builder request(String method, String user) {
		return HttpRequest.newBuilder(URI.create(this.endpoint))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user))
			.method(method, HttpRequest.BodyPublishers.noBody());
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			record(response.headers().map().toString(), response.body());
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

	HttpResponse<String> post(String user, String json, String... headers) {
		HttpRequest.Builder request = postRequest(user, json);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	HttpResponse<InputStream> open(HttpRequest.Builder request) {
		try {
			HttpResponse<InputStream> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			record(response.headers().map().toString(), "");
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

	/**
	 * Send a whole request on a raw socket, left open for the caller to read from or hang up on.
	 * @param port the proxy's port
	 * @param user the Basic user
	 * @param json the body
	 * @return the socket
	 */
	static Socket rawPost(int port, String user, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /ai/responses HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic(user)
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(body);
		out.flush();
		return socket;
	}

	void record(String... texts) {
		Collections.addAll(this.seen, texts);
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	static JsonNode error(HttpResponse<String> response) {
		JsonNode error = json(response.body()).get("error");
		assertThat(error).as("error body of %s", response.body()).isNotNull();
		assertThat(error.get("reason").isString()).isTrue();
		assertThat(error.get("message").isString()).isTrue();
		assertThat(error.get("request_id").isString()).isTrue();
		return error;
	}

	/**
	 * Assert that nothing the proxy answered contained one of the secrets.
	 * @param secrets the API key, the upstream address…
	 */
	void assertNothingLeaked(String... secrets) {
		assertThat(this.seen).isNotEmpty();
		synchronized (this.seen) {
			for (String text : this.seen) {
				for (String secret : secrets) {
					assertThat(text).doesNotContain(secret);
				}
			}
		}
	}

}
