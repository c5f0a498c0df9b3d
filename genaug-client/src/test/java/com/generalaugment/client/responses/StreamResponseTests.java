package com.generalaugment.client.responses;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.RequestFailedException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.error.ResponseTooLargeException;
import com.generalaugment.client.error.StreamErrorException;
import com.generalaugment.client.support.Fixtures;
import com.generalaugment.client.support.HeapGrowth;
import com.generalaugment.client.support.HugeReply;
import com.generalaugment.client.support.ScriptedHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Streaming over a real socket: events arrive one by one, errors and stalls are typed, and closing
 * early frees the connection.
 */
class StreamResponseTests {

	private static final String SSE_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
			+ "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nX-Request-ID: req_stream\r\n\r\n";

	private static final String CLOSE_DELIMITED_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
			+ "Connection: close\r\n\r\n";

	private static String chunk(String text) {
		byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n";
	}

	private static String event(String name, String data) {
		return "event: " + name + "\ndata: " + data + "\n\n";
	}

	private static GeneralAugmentClient client(ScriptedHttpServer server, Duration timeout) {
		return GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(server.baseUrl())
			.timeout(timeout)
			.maxRetries(0)
			.build();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().user("u1").input("Draft a welcome.").build();
	}

	@Test
	void deliversEachEventBeforeTheNextIsSent() throws Exception {
		CountDownLatch firstSeen = new CountDownLatch(1);
		List<String> order = new ArrayList<>();
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk(event("response.output_text.delta",
					"{\"type\":\"response.output_text.delta\",\"sequence_number\":0,\"delta\":\"Hel\"}")));
			// The last event is only written once the client has seen the first.
			boolean seen = firstSeen.await(5, TimeUnit.SECONDS);
			synchronized (order) {
				order.add("server-continues:" + seen);
			}
			exchange.write(chunk(event("response.output_text.delta",
					"{\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"delta\":\"lo\"}")));
			exchange.write(chunk(event("response.completed", "{\"type\":\"response.completed\",\"sequence_number\":2,"
					+ "\"response\":" + Fixtures.responseWithText("Hello").replace("\n", " ") + "}")));
			exchange.write("0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofSeconds(10)).responses().stream(request())) {
			StringBuilder text = new StringBuilder();
			for (ResponseStreamEvent event : stream) {
				if (ResponseStreamEvent.OUTPUT_TEXT_DELTA.equals(event.event())) {
					text.append(event.delta());
					synchronized (order) {
						order.add("client-got:" + event.delta());
					}
					firstSeen.countDown();
				}
			}
			assertThat(text.toString()).isEqualTo("Hello");
			assertThat(order).containsExactly("client-got:Hel", "server-continues:true", "client-got:lo");
			assertThat(stream.completedResponse()).isNotNull();
			assertThat(stream.completedResponse().outputText()).isEqualTo("Hello");
			assertThat(server.requestHeads().get(0)).contains("Accept: text/event-stream")
				.contains("Authorization: Bearer " + Fixtures.API_KEY)
				.contains("Content-Length:")
				.doesNotContain("Transfer-Encoding");
		}
	}

	@Test
	void sendsStreamTrueInTheBody() throws Exception {
		List<String> bodies = new ArrayList<>();
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			bodies.add(exchange.requestBody());
			exchange.write(CLOSE_DELIMITED_HEAD + event("response.completed", "{\"type\":\"response.completed\"}"));
			throw new IOException("close");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			assertThat(stream.stream().map(ResponseStreamEvent::event)).containsExactly("response.completed");
		}
		assertThat(bodies.get(0)).contains("\"stream\":true");
	}

	@Test
	void aStreamEndedByConnectionCloseAfterItsFinalEventEndsCleanly() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(CLOSE_DELIMITED_HEAD);
			exchange.write(event("response.output_text.delta", "{\"delta\":\"a\"}"));
			exchange.write(event("response.output_text.delta", "{\"delta\":\"b\"}"));
			// As the platform's mock ends its streams: the final event, no [DONE], no last blank line.
			exchange.write("event: response.completed\ndata: {\"type\":\"response.completed\"}");
			throw new IOException("the server closes the connection to end the stream");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			assertThat(stream.collectText()).isEqualTo("ab");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "response.completed", "response.failed", "response.incomplete" })
	void aStreamEndingAfterAFinalEventDeliversItAndEndsCleanly(String finalEvent) throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"a\"}")));
			exchange.write(chunk(event(finalEvent, "{\"type\":\"" + finalEvent + "\",\"response\":"
					+ Fixtures.responseWithText("a").replace("\n", " ") + "}")));
			exchange.write("0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			assertThat(stream.stream().map(ResponseStreamEvent::event)).containsExactly("response.output_text.delta",
					finalEvent);
		}
	}

	@Test
	void aStreamThatEndsBeforeItsFinalEventIsTruncatedOnceTheEventsThatCameAreDelivered() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk(event("response.created", "{\"type\":\"response.created\"}")));
			exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"Hel\"}")));
			exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"lo\"}")));
			// A well-formed end of the HTTP body, as a proxy cutting the stream short may send.
			exchange.write("0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			List<String> deltas = new ArrayList<>();
			Throwable failure = catchThrowable(() -> stream.forEach((event) -> {
				if (ResponseStreamEvent.OUTPUT_TEXT_DELTA.equals(event.event())) {
					deltas.add(event.delta());
				}
			}));

			assertThat(deltas).containsExactly("Hel", "lo");
			assertThat(failure).isInstanceOfSatisfying(StreamErrorException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(Reasons.STREAM_TRUNCATED);
				assertThat(ex.requestId()).isEqualTo("req_stream");
			});
		}
	}

	@Test
	void aSuccessfulReplyThatIsNotAnEventStreamIsRefusedUnreadAndItsConnectionDropped() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
					+ "X-Request-ID: req_json\r\n\r\n");
			// Event-like text the client must not read as events, written until the client hangs up.
			for (int i = 0; i < 250; i++) {
				exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"x\"}")));
				exchange.pause(20);
			}
			exchange.write("0\r\n\r\n");
		})) {
			GeneralAugmentClient client = client(server, Duration.ofSeconds(10));
			long start = System.nanoTime();

			for (int call = 0; call < 2; call++) {
				assertThatThrownBy(() -> client.responses().stream(request()))
					.isInstanceOfSatisfying(MalformedResponseException.class, (ex) -> {
						assertThat(ex.reason()).isEqualTo(Reasons.UNEXPECTED_CONTENT_TYPE);
						assertThat(ex.status()).isEqualTo(200);
						assertThat(ex.requestId()).isEqualTo("req_json");
						assertThat(ex.getMessage()).contains("application/json");
					});
			}
			// One connection at a time: the second call was served only once the first connection was dropped.
			assertThat(server.connections()).isEqualTo(2);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
	}

	@Test
	void closingTheStreamFromAnotherThreadWhileItWaitsEndsItWithoutAnError() throws Exception {
		CountDownLatch firstSeen = new CountDownLatch(1);
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"a\"}")));
			exchange.pause(5000);
		}); ResponseStream stream = client(server, Duration.ofSeconds(10)).responses().stream(request())) {
			Thread closer = new Thread(() -> {
				try {
					firstSeen.await(5, TimeUnit.SECONDS);
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				stream.close();
			});
			closer.start();
			List<String> deltas = new ArrayList<>();
			long start = System.nanoTime();

			stream.forEach((event) -> {
				deltas.add(event.delta());
				firstSeen.countDown();
			});

			assertThat(deltas).containsExactly("a");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			closer.join();
		}
	}

	@Test
	void closingEarlyIsNoTruncation() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"a\"}")));
			exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"b\"}")));
			exchange.write("0\r\n\r\n");
		})) {
			ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request());
			Iterator<ResponseStreamEvent> events = stream.iterator();
			assertThat(events.next().delta()).isEqualTo("a");

			stream.close();

			assertThat(events.hasNext()).isFalse();
		}
	}

	@Test
	void doneEndsTheStreamAndNothingAfterIsRead() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk("data: {\"delta\":\"x\"}\n\ndata: [DONE]\n\nevent: late\ndata: never\n\n"));
			exchange.write("0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			assertThat(stream.stream().map(ResponseStreamEvent::rawData)).containsExactly("{\"delta\":\"x\"}");
		}
	}

	@Test
	void anErrorEventRaisesAStreamError() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk(event("response.created", "{\"type\":\"response.created\"}")));
			exchange.write(chunk(event("error", "{\"reason\":\"agent_failed\",\"message\":\"The agent crashed\"}")));
			exchange.write("0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			List<String> seen = new ArrayList<>();
			assertThatThrownBy(() -> stream.forEach((event) -> seen.add(event.event())))
				.isInstanceOfSatisfying(StreamErrorException.class, (ex) -> {
					assertThat(ex.status()).isZero();
					assertThat(ex.reason()).isEqualTo(Reasons.AGENT_FAILED);
					assertThat(ex.getMessage()).isEqualTo("The agent crashed");
					assertThat(ex.requestId()).isEqualTo("req_stream");
				});
			assertThat(seen).containsExactly("response.created");
		}
	}

	@Test
	void anErrorEventWithoutReasonIsStreamError() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD + chunk("event: error\ndata: oops\n\n") + "0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			assertThatThrownBy(stream::collectText).isInstanceOfSatisfying(StreamErrorException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reasons.STREAM_ERROR));
		}
	}

	@Test
	void aStreamStallingPastTheTimeoutIsRequestTimeout() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"a\"}")));
			exchange.pause(5000);
		}); ResponseStream stream = client(server, Duration.ofMillis(700)).responses().stream(request())) {
			long start = System.nanoTime();
			List<String> deltas = new ArrayList<>();
			assertThatThrownBy(() -> stream.forEach((event) -> deltas.add(event.delta())))
				.isInstanceOf(RequestTimeoutException.class);
			assertThat(deltas).containsExactly("a");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
	}

	@Test
	void aStreamLongerThanTheTimeoutIsCutEvenWhileEventsKeepComing() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			for (int i = 0; i < 50; i++) {
				exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"x\"}")));
				exchange.pause(100);
			}
			exchange.write("0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofMillis(800)).responses().stream(request())) {
			assertThatThrownBy(stream::collectText).isInstanceOf(RequestTimeoutException.class);
		}
	}

	@Test
	void aStreamTimeoutLetsAStreamOutlastTheTimeout() throws Exception {
		outlastsTheTimeout(Duration.ofSeconds(10));
	}

	@Test
	void aStreamTimeoutOfZeroLetsAStreamOutlastTheTimeoutWithoutLimit() throws Exception {
		outlastsTheTimeout(Duration.ZERO);
	}

	private void outlastsTheTimeout(Duration streamTimeout) throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			for (int i = 0; i < 15; i++) {
				exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"x\"}")));
				exchange.pause(100);
			}
			exchange.write(chunk(event("response.completed", "{\"response\":{\"id\":\"resp_1\"}}")) + "0\r\n\r\n");
		}); ResponseStream stream = client(server, Duration.ofMillis(500)).responses().stream(request(),
				RequestOptions.builder().streamTimeout(streamTimeout).build())) {
			StringBuilder deltas = new StringBuilder();
			stream.forEach((event) -> {
				if (event.delta() != null) {
					deltas.append(event.delta());
				}
			});
			assertThat(deltas).hasToString("x".repeat(15));
		}
	}

	@Test
	void aStreamTimeoutCutsTheStreamAtItsEndAndTheTimeoutStillBoundsTheWaitToOpen() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			for (int i = 0; i < 50; i++) {
				exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"x\"}")));
				exchange.pause(100);
			}
		}); ResponseStream stream = client(server, Duration.ofMillis(300)).responses().stream(request(),
				RequestOptions.builder().streamTimeout(Duration.ofMillis(1200)).build())) {
			long start = System.nanoTime();
			assertThatThrownBy(stream::collectText).isInstanceOf(RequestTimeoutException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(700), Duration.ofSeconds(3));
		}
		try (ScriptedHttpServer silent = new ScriptedHttpServer((exchange) -> exchange.pause(5000))) {
			long start = System.nanoTime();
			assertThatThrownBy(() -> client(silent, Duration.ofMillis(500)).responses().stream(request(),
					RequestOptions.builder().streamTimeout(Duration.ofSeconds(30)).build()))
				.isInstanceOf(RequestTimeoutException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
	}

	@Test
	void aConnectionCutMidEventIsRequestFailed() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			exchange.write(SSE_HEAD);
			exchange.write("40\r\nevent: response.output_text.delta\ndata: {\"del");
			throw new IOException("cut");
		}); ResponseStream stream = client(server, Duration.ofSeconds(5)).responses().stream(request())) {
			assertThatThrownBy(stream::collectText).isInstanceOf(RequestFailedException.class);
		}
	}

	@Test
	void anHttpErrorBeforeTheStreamIsAnApiError() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			String body = "{\"detail\":{\"code\":\"rate_limited\",\"message\":\"later\"}}";
			exchange.write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 3\r\n"
					+ "Content-Length: " + body.length() + "\r\n\r\n" + body);
		})) {
			assertThatThrownBy(() -> client(server, Duration.ofSeconds(5)).responses().stream(request()))
				.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
					assertThat(ex.status()).isEqualTo(429);
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(3));
				});
		}
	}

	@Test
	@Timeout(20)
	void anEndlessLineFailsAtTheEventLimitAfterTheEventsBeforeItWithoutHoldingIt() throws Exception {
		String head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-Request-ID: req_stream\r\n";
		HugeReply endless = new HugeReply(head, event("response.output_text.delta", "{\"delta\":\"a\"}") + "data: ",
				"\n\n", true);
		try (ScriptedHttpServer server = new ScriptedHttpServer(endless);
				ResponseStream stream = client(server, Duration.ofSeconds(30)).responses().stream(request())) {
			List<String> deltas = new ArrayList<>();
			AtomicReference<Throwable> failure = new AtomicReference<>();

			long growth = HeapGrowth.during(
					() -> failure.set(catchThrowable(() -> stream.forEach((event) -> deltas.add(event.delta())))));

			assertThat(deltas).containsExactly("a");
			assertThat(failure.get()).isInstanceOfSatisfying(ResponseTooLargeException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(Reasons.RESPONSE_TOO_LARGE);
				assertThat(ex.requestId()).isEqualTo("req_stream");
				assertThat(ex.getMessage()).contains("1 MiB").contains("maxStreamEventSize");
			});
			assertThat(growth).isLessThan(64L * 1024 * 1024);
			assertThat(endless.awaitEnd()).as("bytes the server wrote before the client hung up")
				.isLessThan(HugeReply.SIZE / 16);
		}
	}

	@Test
	void closingEarlyFreesTheConnectionForTheNextCall() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> {
			if (exchange.requestBody().contains("endless")) {
				exchange.write(SSE_HEAD);
				for (int i = 0; i < 600; i++) {
					exchange.write(chunk(event("response.output_text.delta", "{\"delta\":\"x\"}")));
					exchange.pause(50);
				}
				return;
			}
			String body = Fixtures.responseWithText("after");
			exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
					+ body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
		})) {
			GeneralAugmentClient client = client(server, Duration.ofSeconds(20));
			try (ResponseStream stream = client
				.responses().stream(ResponseCreateParams.builder().input("endless").build())) {
				assertThat(stream.iterator().next().delta()).isEqualTo("x");
			}
			// The server serves one connection at a time: this only answers if the stream's was released.
			long start = System.nanoTime();
			Response after = client.responses().create(ResponseCreateParams.builder().input("next").build());
			assertThat(after.outputText()).isEqualTo("after");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(server.closedByClient()).isEqualTo(1);
		}
	}

}
