package com.generalaugment.spring.autoconfigure.proxy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Streaming through the proxy against an upstream that really streams (a raw socket writing events
 * with pauses): events pass one by one and unchanged, a client that hangs up cancels the platform call,
 * streams per user are capped, and many streams run side by side.
 */
@SpringBootTest(classes = ProxyTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "genaug.proxy.enabled=true", "genaug.proxy.stream-timeout=5s", "genaug.proxy.heartbeat-interval=300ms",
				"test.upstream-timeout=30s" })
@Import(GenaugProxyStreamingTests.DispatchProbe.class)
class GenaugProxyStreamingTests {

	private static RawSseUpstream upstream;

	private static ProxyHttp http;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstream(DynamicPropertyRegistry registry) throws IOException {
		if (upstream == null) {
			upstream = new RawSseUpstream();
		}
		registry.add("test.upstream-url", upstream::baseUrl);
	}

	@AfterAll
	static void nothingLeaked() throws IOException {
		try {
			http.assertNothingLeaked(ProxyTestApplication.API_KEY, upstream.baseUrl(),
					"127.0.0.1:" + upstream.port(), "localhost:" + upstream.port());
		}
		finally {
			upstream.close();
		}
	}

	private ProxyHttp http() {
		if (http == null) {
			http = new ProxyHttp(this.port);
		}
		return http;
	}

	@Test
	void eventsArriveAsSentWithNamesAndDataUnchanged() throws IOException {
		String user = ProxyHttp.newUser();
		HttpResponse<InputStream> response = http()
			.open(http().postRequest(user, "{\"input\": \"events:4:300\", \"stream\": true}"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(response.headers().firstValue("X-Accel-Buffering")).hasValue("no");
		assertThat(response.headers().firstValue("X-Request-ID")).isPresent();
		List<Received> received = readAll(response.body());

		RawSseUpstream.Exchange exchange = upstream.exchange(user);
		assertThat(exchange.finished).isTrue();
		assertThat(received.get(0).nanoTime).as("first event arrived before the last was sent")
			.isLessThan(exchange.sent.get(exchange.sent.size() - 1).nanoTime());
		assertThat(received).extracting(Received::event)
			.containsExactly("response.created", "response.output_text.delta", "response.output_text.delta",
					"response.output_text.delta", "response.output_text.delta", "response.completed");
		for (int i = 1; i <= 4; i++) {
			assertThat(received.get(i).data).isEqualTo(exchange.sent.get(i).data());
		}
		JsonNode completed = ProxyHttp.json(received.get(5).data).get("response");
		assertThat(completed.get("metadata").has("general_augment_cost_usd")).isFalse();
		assertThat(completed.get("metadata").get("general_augment_request_id").stringValue()).isEqualTo("req_up_1");
		assertThat(completed.get("output").get(0).get("content").get(0).get("text").stringValue()).isEqualTo("done");
		assertThat(exchange.body.get("stream").booleanValue()).isTrue();
		assertThat(exchange.body.get("user").stringValue()).isEqualTo(user);

		String responseId = completed.get("id").stringValue();
		HttpResponse<InputStream> continued = http().open(http().postRequest(user,
				"{\"input\": \"events:1:0\", \"stream\": true, \"previous_response_id\": \"" + responseId + "\"}"));
		assertThat(continued.statusCode()).isEqualTo(200);
		assertThat(readAll(continued.body())).last().extracting(Received::event).isEqualTo("response.completed");
	}

	@Test
	void streamIsWrittenWithSecurityHeadersOnlyOnceTheContainerThreadHasUnwound() throws IOException {
		String user = ProxyHttp.newUser();
		String requestId = "req_probe_" + Integer.toHexString(user.hashCode());
		HttpResponse<InputStream> response = http()
			.open(http().postRequest(user, "{\"input\": \"events:2:200\", \"stream\": true}")
				.header("X-Request-ID", requestId));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(readAll(response.body())).hasSize(4);
		// Filters unwinding on the container thread (Spring Security's header writer) touch the response: the
		// worker thread must not write it before they are done, or the two race over its headers.
		assertThat(DispatchProbe.firstOutputAfterUnwinding).containsEntry(requestId, true);
	}

	@Test
	void acceptEventStreamAloneSelectsStreaming() throws IOException {
		String user = ProxyHttp.newUser();
		HttpResponse<InputStream> response = http()
			.open(http().postRequest(user, "{\"input\": \"events:2:0\"}").header("Accept", "text/event-stream"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(readAll(response.body())).hasSize(4);
		assertThat(upstream.exchange(user).body.get("stream").booleanValue()).isTrue();
	}

	@Test
	void clientThatHangsUpClosesTheUpstreamCall() throws IOException {
		String user = ProxyHttp.newUser();
		try (Socket socket = rawStream(user, "events:100:100")) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String line;
			StringBuilder seen = new StringBuilder();
			while ((line = reader.readLine()) != null && !line.startsWith("event: response.output_text.delta")) {
				seen.append(line).append('\n');
			}
			http().record(seen.toString());
			assertThat(line).isNotNull();
		}
		long hungUp = System.nanoTime();
		RawSseUpstream.Exchange exchange = upstream.exchange(user);
		await().atMost(Duration.ofSeconds(5)).until(() -> exchange.writeFailedAt != 0);
		assertThat(exchange.finished).isFalse();
		assertThat(exchange.sent.size()).isLessThan(30);
		assertThat(TimeUnit.NANOSECONDS.toMillis(exchange.writeFailedAt - hungUp)).isLessThan(3000);
	}

	@Test
	void silentPlatformGetsHeartbeatCommentsWrittenToTheClient() throws IOException {
		String user = ProxyHttp.newUser();
		try (Socket socket = rawStream(user, "events:1:1800")) {
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String line;
			int heartbeats = 0;
			StringBuilder seen = new StringBuilder();
			while ((line = reader.readLine()) != null && !line.startsWith("event: response.output_text.delta")) {
				seen.append(line).append('\n');
				if (line.equals(": keep-alive")) {
					heartbeats++;
				}
			}
			http().record(seen.toString());
			assertThat(line).isNotNull();
			assertThat(heartbeats).as(seen.toString()).isBetween(3, 8);
		}
	}

	@Test
	void openStreamsPerUserAreCapped() throws IOException {
		String user = ProxyHttp.newUser();
		List<InputStream> open = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			HttpResponse<InputStream> stream = http()
				.open(http().postRequest(user, "{\"input\": \"events:100:100\", \"stream\": true}"));
			assertThat(stream.statusCode()).isEqualTo(200);
			readEvent(stream.body());
			open.add(stream.body());
		}
		HttpResponse<String> fourth = http().post(user, "{\"input\": \"events:1:0\", \"stream\": true}");
		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat(ProxyHttp.error(fourth).get("reason").stringValue()).isEqualTo("too_many_streams");
		assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
		assertThat(http().post(ProxyHttp.newUser(), "{\"input\": \"events:1:0\", \"stream\": true}").statusCode())
			.isEqualTo(200);

		for (InputStream stream : open) {
			stream.close();
		}
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
			HttpResponse<String> again = http().post(user, "{\"input\": \"events:1:0\", \"stream\": true}");
			return again.statusCode() == 200;
		});
	}

	@Test
	void streamOpenLongerThanTheStreamTimeoutEndsWithAnErrorEventAndClosesUpstream() throws IOException {
		String user = ProxyHttp.newUser();
		HttpResponse<InputStream> response = http()
			.open(http().postRequest(user, "{\"input\": \"events:100:100\", \"stream\": true}"));
		List<Received> received = readAll(response.body());
		assertThat(received.get(0).event).isEqualTo("response.created");
		Received last = received.get(received.size() - 1);
		assertThat(last.event).isEqualTo("error");
		assertThat(ProxyHttp.json(last.data).get("error").get("reason").stringValue()).isEqualTo("upstream_timeout");
		RawSseUpstream.Exchange exchange = upstream.exchange(user);
		await().atMost(Duration.ofSeconds(5)).until(() -> exchange.writeFailedAt != 0);
		assertThat(exchange.finished).isFalse();
	}

	@Test
	void errorInsideTheStreamBecomesAnErrorEvent() throws IOException {
		String user = ProxyHttp.newUser();
		HttpResponse<InputStream> response = http()
			.open(http().postRequest(user, "{\"input\": \"error-mid\", \"stream\": true}"));
		assertThat(response.statusCode()).isEqualTo(200);
		List<Received> received = readAll(response.body());
		assertThat(received).extracting(Received::event)
			.containsExactly("response.created", "response.output_text.delta", "error");
		JsonNode error = ProxyHttp.json(received.get(2).data).get("error");
		assertThat(error.get("reason").stringValue()).isEqualTo("agent_failed");
		assertThat(error.get("request_id").stringValue()).isEqualTo("req_up_err");
		assertThat(error.get("message").stringValue()).isEqualTo("The AI service failed while answering. Please try again.");
	}

	@Test
	void platformKeyEchoedIntoStreamEventsIsRedacted() throws IOException {
		HttpResponse<InputStream> response = http()
			.open(http().postRequest(ProxyHttp.newUser(), "{\"input\": \"echo-key\", \"stream\": true}"));
		List<Received> received = readAll(response.body());
		assertThat(received).extracting(Received::event).endsWith("response.completed");
		assertThat(received).extracting(Received::data)
			.noneMatch((data) -> data.contains(ProxyTestApplication.API_KEY.substring(1)))
			.anyMatch((data) -> data.contains("Bearer [redacted]"));
		assertThat(received.stream().filter((r) -> r.data.contains("[redacted]")).count()).isEqualTo(2);
	}

	@Test
	void upstreamFailureBeforeTheFirstEventIsAJsonError() {
		HttpResponse<String> response = http()
			.send(http().postRequest(ProxyHttp.newUser(), "{\"input\": \"fail-503\", \"stream\": true}"));
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(ProxyHttp.error(response).get("reason").stringValue()).isEqualTo("upstream_unavailable");
	}

	@Test
	void fiftyParallelStreamsAllComplete() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(50);
		try {
			List<Future<List<Received>>> results = new ArrayList<>();
			List<String> users = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				String user = ProxyHttp.newUser();
				users.add(user);
				results.add(clients.submit(() -> {
					HttpResponse<InputStream> response = http()
						.open(http().postRequest(user, "{\"input\": \"events:5:50\", \"stream\": true}"));
					assertThat(response.statusCode()).isEqualTo(200);
					return readAll(response.body());
				}));
			}
			for (int i = 0; i < 50; i++) {
				List<Received> received = results.get(i).get(20, TimeUnit.SECONDS);
				assertThat(received).hasSize(7);
				assertThat(received).extracting(Received::event).startsWith("response.created").endsWith("response.completed");
				for (int d = 0; d < 5; d++) {
					assertThat(ProxyHttp.json(received.get(d + 1).data).get("delta").stringValue()).isEqualTo("w" + d + " ");
				}
				JsonNode completed = ProxyHttp.json(received.get(6).data).get("response");
				assertThat(completed.get("id").stringValue())
					.isEqualTo("resp_stream_" + Integer.toHexString(users.get(i).hashCode()));
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** A stream request sent over a raw socket, so the test controls when the client hangs up. */
	private Socket rawStream(String user, String input) throws IOException {
		return ProxyHttp.rawPost(this.port, user, "{\"input\": \"" + input + "\", \"stream\": true}");
	}

	private List<Received> readAll(InputStream body) throws IOException {
		List<Received> events = new ArrayList<>();
		try (body) {
			Received event;
			while ((event = readEvent(body)) != null) {
				events.add(event);
			}
		}
		return events;
	}

	/** Read one SSE event, byte by byte so nothing after it is buffered away. */
	private Received readEvent(InputStream body) throws IOException {
		String event = null;
		StringBuilder data = null;
		StringBuilder raw = new StringBuilder();
		String line;
		while ((line = readLine(body)) != null) {
			raw.append(line).append('\n');
			if (line.isEmpty()) {
				if (data != null) {
					http().record(raw.toString());
					return new Received(event, data.toString(), System.nanoTime());
				}
				continue;
			}
			if (line.startsWith("event: ")) {
				event = line.substring(7);
			}
			else if (line.startsWith("data: ")) {
				data = (data == null) ? new StringBuilder() : data.append('\n');
				data.append(line.substring(6));
			}
		}
		http().record(raw.toString());
		return null;
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int next;
		while ((next = in.read()) != -1) {
			if (next == '\n') {
				return bytes.toString(StandardCharsets.UTF_8);
			}
			bytes.write(next);
		}
		return (bytes.size() > 0) ? bytes.toString(StandardCharsets.UTF_8) : null;
	}

	record Received(String event, String data, long nanoTime) {
	}

	/**
	 * An outermost filter noting, for each request carrying an {@code X-Request-ID}, whether the first
	 * write or flush of its response came after the filter chain of its dispatch had returned.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class DispatchProbe {

		static final Map<String, Boolean> firstOutputAfterUnwinding = new ConcurrentHashMap<>();

		@Bean
		FilterRegistrationBean<Filter> dispatchProbeFilter() {
			Filter probe = (request, response, chain) -> {
				String requestId = ((HttpServletRequest) request).getHeader("X-Request-ID");
				if (requestId == null) {
					chain.doFilter(request, response);
					return;
				}
				AtomicBoolean unwound = new AtomicBoolean();
				Runnable note = () -> firstOutputAfterUnwinding.putIfAbsent(requestId, unwound.get());
				try {
					chain.doFilter(request, new NotingResponse((HttpServletResponse) response, note));
				}
				finally {
					unwound.set(true);
				}
			};
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(probe);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

	private static final class NotingResponse extends HttpServletResponseWrapper {

		private final Runnable note;

		NotingResponse(HttpServletResponse response, Runnable note) {
			super(response);
			this.note = note;
		}

		@Override
		public void flushBuffer() throws IOException {
			this.note.run();
			super.flushBuffer();
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			ServletOutputStream out = super.getOutputStream();
			Runnable note = this.note;
			return new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					note.run();
					out.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					note.run();
					out.write(b, off, len);
				}

				@Override
				public void flush() throws IOException {
					note.run();
					out.flush();
				}

				@Override
				public boolean isReady() {
					return out.isReady();
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					out.setWriteListener(listener);
				}

			};
		}

	}

}
