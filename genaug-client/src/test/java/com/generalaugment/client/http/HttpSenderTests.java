package com.generalaugment.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ConnectionFailedException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.mock.junit.GenaugMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sender of the application's own carries every call, as the SDK built it and within its limits,
 * and what it throws becomes the SDK's typed errors and retries.
 */
class HttpSenderTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private final List<HttpSenderRequest> sent = new CopyOnWriteArrayList<>();

	private final AtomicInteger closed = new AtomicInteger();

	private final HttpSender recording = (request) -> {
		this.sent.add(request);
		HttpSenderResponse response = JdkHttpSender.shared().send(request);
		return new HttpSenderResponse() {

			@Override
			public int statusCode() {
				return response.statusCode();
			}

			@Override
			public java.net.http.HttpHeaders headers() {
				return response.headers();
			}

			@Override
			public InputStream body() throws IOException {
				return response.body();
			}

			@Override
			public void close() {
				HttpSenderTests.this.closed.incrementAndGet();
				response.close();
			}

		};
	};

	private GeneralAugmentClient client(HttpSender sender, int maxRetries) {
		return GeneralAugmentClient.builder()
			.apiKey("local-test")
			.baseUrl(mock.baseUrl())
			.timeout(Duration.ofSeconds(7))
			.maxRetries(maxRetries)
			.maxResponseSize(123_456)
			.httpSender(sender)
			.sleeper((delay) -> {
			})
			.build();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().user("app-user-1").input("Reply exactly with: sent-ok").build();
	}

	@Test
	void aCallGoesOutOnTheSenderWithTheSdksHeadersBodyAndLimits() {
		assertThat(client(this.recording, 0).responses().create(request()).outputText()).isEqualTo("sent-ok");

		assertThat(this.sent).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.uri().toString()).isEqualTo(mock.baseUrl() + "/v1/responses");
			assertThat(request.header("authorization")).isEqualTo("Bearer local-test");
			assertThat(request.header("Accept")).isEqualTo("application/json");
			assertThat(request.header("Content-Type")).isEqualTo("application/json");
			assertThat(request.header("User-Agent")).startsWith("genaug-java/");
			assertThat(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("sent-ok\"")
				.doesNotContain("\"stream\"");
			assertThat(request.timeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(7));
			assertThat(request.bodyTimeout()).isNull();
			assertThat(request.streaming()).isFalse();
			assertThat(request.maxResponseSize()).isEqualTo(123_456);
			assertThat(request.toString()).doesNotContain("local-test");
		});
		assertThat(this.closed).hasValue(1);
	}

	@Test
	void aStreamIsHandedOverOpenAndClosedWithTheStream() {
		try (ResponseStream stream = client(this.recording, 0).responses().stream(request())) {
			assertThat(this.closed).hasValue(0);
			assertThat(stream.collectText()).isEqualTo("sent-ok");
		}
		assertThat(this.closed.get()).isPositive();
		assertThat(this.sent).singleElement().satisfies((request) -> {
			assertThat(request.streaming()).isTrue();
			assertThat(request.header("Accept")).isEqualTo("text/event-stream");
		});
	}

	@Test
	void aConnectionTheSenderCouldNotOpenIsRetriedAndThenAConnectionFailure() {
		AtomicInteger attempts = new AtomicInteger();
		HttpSender refusing = (request) -> {
			attempts.incrementAndGet();
			throw new ConnectException("Connection refused");
		};

		assertThatThrownBy(() -> client(refusing, 2).responses().create(request()))
			.isInstanceOf(ConnectionFailedException.class)
			.hasMessageContaining("Connection refused");
		assertThat(attempts).as("a call that certainly did not leave is retried even for POST").hasValue(3);
	}

	@Test
	void aSendersTimeoutIsARequestTimeout() {
		HttpSender slow = (request) -> {
			throw new HttpTimeoutException("request timed out");
		};

		assertThatThrownBy(() -> client(slow, 0).responses().create(request()))
			.isInstanceOf(RequestTimeoutException.class);
	}

	@Test
	void aRequestIsRebuiltWithAChangeAndKeepsEverythingElse() {
		HttpSenderRequest request = HttpSenderRequest.builder("POST", java.net.URI.create("http://127.0.0.1:1/x"))
			.header("A", "1")
			.header("b", "2")
			.header("B", "3")
			.body(new byte[] { 1 })
			.timeout(Duration.ofSeconds(2))
			.streaming(true)
			.maxResponseSize(10)
			.build();

		HttpSenderRequest changed = request.toBuilder().header("C", "4").build();

		assertThat(request.headers()).containsExactly(java.util.Map.entry("A", "1"), java.util.Map.entry("b", "3"));
		assertThat(changed.headers()).containsEntry("C", "4").containsEntry("b", "3").hasSize(3);
		assertThat(changed.body()).isSameAs(request.body());
		assertThat(changed.timeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(changed.streaming()).isTrue();
		assertThat(changed.maxResponseSize()).isEqualTo(10);
	}

}
