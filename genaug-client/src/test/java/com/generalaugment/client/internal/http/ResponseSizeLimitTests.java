package com.generalaugment.client.internal.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.ResponseTooLargeException;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.support.Fixtures;
import com.generalaugment.client.support.HeapGrowth;
import com.generalaugment.client.support.HugeReply;
import com.generalaugment.client.support.ScriptedHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A whole reply over the maximum size fails with {@code response_too_large} and drops its connection, with
 * the heap never holding more than about the limit; error replies are cut instead of failing.
 */
class ResponseSizeLimitTests {

	private static final long MAX_HEAP_GROWTH = 64L * 1024 * 1024;

	private static final String JSON_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-ID: req_big\r\n";

	private static GeneralAugmentClient client(ScriptedHttpServer server) {
		return GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(server.baseUrl())
			.timeout(Duration.ofSeconds(30))
			.maxRetries(2)
			.sleeper((delay) -> {
			})
			.build();
	}

	private static HugeReply hugeJson(boolean chunked) {
		return new HugeReply(JSON_HEAD, "{\"id\":\"resp_big\",\"padding\":\"", "\"}", chunked);
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().input("hi").build();
	}

	@Test
	@Timeout(20)
	void aHugeChunkedReplyIsRefusedOnceOverTheLimitWithoutHoldingIt() throws Exception {
		refusedWithoutHoldingIt(hugeJson(true));
	}

	@Test
	@Timeout(20)
	void aHugeContentLengthIsRefusedBeforeTheBodyIsRead() throws Exception {
		assertThat(refusedWithoutHoldingIt(hugeJson(false)))
			.hasMessageContaining("announced a reply of " + HugeReply.SIZE + " bytes");
	}

	/** Call for a huge reply: refused, with the heap and the connection let go of long before its end. */
	private static Throwable refusedWithoutHoldingIt(HugeReply body) throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(body)) {
			AtomicReference<Throwable> failure = new AtomicReference<>();

			long growth = HeapGrowth.during(() -> failure.set(catchThrowable(() -> client(server).responses().create(request()))));

			assertTooLarge(failure.get());
			assertThat(growth).as("heap growth during the call").isLessThan(MAX_HEAP_GROWTH);
			assertThat(body.awaitEnd()).as("bytes the server wrote before the client hung up")
				.isLessThan(HugeReply.SIZE / 16);
			assertThat(server.connections()).as("not retried").isEqualTo(1);
			return failure.get();
		}
	}

	@Test
	void aReplyOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
		String json = Fixtures.responseWithText("exactly");
		int size = json.getBytes(StandardCharsets.UTF_8).length;
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> exchange
			.write(JSON_HEAD + "Transfer-Encoding: chunked\r\n\r\n" + chunk(json) + "0\r\n\r\n"))) {
			GeneralAugmentClient.Builder builder = GeneralAugmentClient.builder()
				.apiKey(Fixtures.API_KEY)
				.baseUrl(server.baseUrl())
				.maxRetries(0);

			assertThat(builder.maxResponseSize(size).build().responses().create(request()).outputText()).isEqualTo("exactly");
			assertTooLarge(catchThrowable(() -> builder.maxResponseSize(size - 1).build().responses().create(request())));
		}
	}

	@Test
	void aReplyInTinyChunksIsReassembledWhole() throws Exception {
		String text = "x".repeat(20_000);
		String json = Fixtures.responseWithText(text);
		StringBuilder chunks = new StringBuilder(JSON_HEAD + "Transfer-Encoding: chunked\r\n\r\n");
		for (char c : json.toCharArray()) {
			chunks.append("1\r\n").append(c).append("\r\n");
		}
		chunks.append("0\r\n\r\n");
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> exchange.write(chunks.toString()))) {
			Response response = client(server).responses().create(request());

			assertThat(response.outputText()).isEqualTo(text);
		}
	}

	@Test
	void anErrorReplyOverItsLimitIsCutAndStillAnApiError() throws Exception {
		String body = "{\"error\":{\"reason\":\"not_found\",\"message\":\"" + "y".repeat(200_000) + "\"}}";
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> exchange
			.write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
					+ "\r\n\r\n" + body))) {
			Throwable failure = catchThrowable(() -> client(server).responses().create(request()));

			assertThat(failure).isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.rawBody()).hasSize(BoundedBodySubscriber.MAX_ERROR_BODY_SIZE).startsWith("{\"error\":");
			});
			// The cut connection was dropped, not drained for reuse: the next call needs a new one.
			assertThat(catchThrowable(() -> client(server).responses().create(request()))).isInstanceOf(ApiErrorException.class);
			assertThat(server.connections()).isEqualTo(2);
		}
	}

	@Test
	void theLimitHoldsForASenderThatDoesNotKeepIt() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> exchange
			.write(JSON_HEAD + "Content-Length: 5000\r\n\r\n" + "z".repeat(5000)))) {
			GeneralAugmentClient client = GeneralAugmentClient.builder()
				.apiKey(Fixtures.API_KEY)
				.baseUrl(server.baseUrl())
				.httpSender((request) -> JdkHttpSender.shared()
					.send(request.toBuilder().maxResponseSize(Long.MAX_VALUE).build()))
				.maxResponseSize(1024)
				.build();

			assertTooLarge(catchThrowable(() -> client.responses().create(request())));
		}
	}

	private static void assertTooLarge(Throwable failure) {
		assertThat(failure).isInstanceOfSatisfying(ResponseTooLargeException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(Reasons.RESPONSE_TOO_LARGE);
			assertThat(ex.status()).isEqualTo(200);
			assertThat(ex.requestId()).isEqualTo("req_big");
			assertThat(ex.getMessage()).contains("maxResponseSize");
		});
	}

	private static String chunk(String text) {
		return Integer.toHexString(text.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + text + "\r\n";
	}

}
