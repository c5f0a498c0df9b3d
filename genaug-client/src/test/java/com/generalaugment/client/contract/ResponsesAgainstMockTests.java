package com.generalaugment.client.contract;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.error.StreamErrorException;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.responses.ResponseStreamEvent;
import com.generalaugment.client.responses.TextFormat;
import com.generalaugment.mock.GenaugMockOptions;
import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.mock.junit.GenaugMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's Responses calls against the deterministic mock, with the exact values its contract
 * rules produce (contract §7).
 */
class ResponsesAgainstMockTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private GeneralAugmentClient client() {
		return GeneralAugmentClient.builder()
			.apiKey("local-test")
			.baseUrl(mock.baseUrl())
			.sleeper(this.sleeps::add)
			.build();
	}

	private static ResponseCreateParams.Builder request(String input) {
		return ResponseCreateParams.builder().user("app-user-123").input(input);
	}

	@Test
	void exactReplyIsCaptured() {
		Response response = client().responses().create(request("Reply exactly with: local-mock-ok").build());

		assertThat(response.outputText()).isEqualTo("local-mock-ok");
		assertThat(response.model()).isEqualTo("mock/balanced");
		assertThat(response.status()).isEqualTo("completed");
		assertThat(response.id()).matches("resp_mock_[0-9a-f]{20}");
		assertThat(response.requestId()).startsWith("req_mock_");
		assertThat(response.usage().inputTokens()).isEqualTo(4);
		assertThat(response.usage().outputTokens()).isEqualTo(1);
		assertThat(response.usage().totalTokens()).isEqualTo(5);
	}

	@Test
	void defaultReplyEchoesTheCollapsedInput() {
		Response response = client().responses().create(request("  Summarize   this\n request ").build());

		assertThat(response.outputText()).isEqualTo("Mock General Augment response for app-user-123: Summarize this request");
	}

	@Test
	void sameKeyAndBodyReplaysTheSameResponse() {
		GeneralAugmentClient client = client();
		RequestOptions options = RequestOptions.builder().idempotencyKey("thread-1-turn-1").build();

		Response first = client.responses().create(request("hello").build(), options);
		Response again = client.responses().create(request("hello").build(), options);

		assertThat(again.id()).isEqualTo(first.id());
	}

	@Test
	void sameKeyWithAnotherBodyIsAConflict() {
		GeneralAugmentClient client = client();
		RequestOptions options = RequestOptions.builder().idempotencyKey("thread-2-turn-1").build();
		client.responses().create(request("hello").build(), options);

		assertThatThrownBy(() -> client.responses().create(request("something else").build(), options))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(409);
				assertThat(ex.reason()).isEqualTo(Reasons.IDEMPOTENCY_KEY_CONFLICT);
			});
	}

	record Seat(String seat) {
	}

	@Test
	void structuredOutputFromADerivedSchema() {
		var result = client().responses().create(request("Extract: window seat.").build(), Seat.class);

		assertThat(result.value()).isEqualTo(new Seat("genaug-smoke-ok"));
		assertThat(result.response().outputText()).isEqualTo("{\"seat\": \"genaug-smoke-ok\"}");
	}

	@Test
	void structuredOutputAsAnyJsonObject() {
		Response response = client().responses().create(request("Reply exactly with: triaged")
			.text(TextFormat.jsonObject())
			.build());

		assertThat(response.outputText()).isEqualTo("{\"label\": \"triaged\", \"ok\": true}");
		assertThat(response.outputParsed().get("ok").asBoolean()).isTrue();
	}

	@Test
	void streamsTheSixEventsInOrder() {
		try (ResponseStream stream = client().responses().stream(request("Reply exactly with: streamed").build())) {
			List<ResponseStreamEvent> events = stream.stream().toList();

			assertThat(events).extracting(ResponseStreamEvent::event)
				.containsExactly("response.created", "response.in_progress", "response.output_item.added",
						"response.output_text.delta", "response.output_text.done", "response.completed");
			assertThat(events).extracting(ResponseStreamEvent::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
			assertThat(events.get(3).delta()).isEqualTo("streamed");
			assertThat(stream.completedResponse().outputText()).isEqualTo("streamed");
		}
	}

	@Test
	void aMidStreamErrorIsAStreamError() {
		try (ResponseStream stream = client().responses().stream(request("hi").build(),
				RequestOptions.builder().header("X-Genaug-Mock-Scenario", "stream-error").build())) {
			assertThatThrownBy(stream::collectText).isInstanceOfSatisfying(StreamErrorException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reasons.AGENT_FAILED));
		}
	}

	@Test
	void aStallingStreamIsCutByTheTimeout() {
		GeneralAugmentClient client = GeneralAugmentClient.builder()
			.apiKey("local-test")
			.baseUrl(mock.baseUrl())
			.timeout(Duration.ofMillis(800))
			.maxRetries(0)
			.build();
		try (ResponseStream stream = client.responses().stream(request("hi").build(),
				RequestOptions.builder().header("X-Genaug-Mock-Scenario", "stream-stall").build())) {
			assertThatThrownBy(stream::collectText).isInstanceOfSatisfying(RequestTimeoutException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(Reasons.REQUEST_TIMEOUT));
		}
	}

	@Test
	void rateLimitIsRetriedHonouringRetryAfterThenSurfacesWithHeaders() {
		assertThatThrownBy(() -> client().responses().create(request("hi").build(),
				RequestOptions.builder().header("X-Genaug-Mock-Scenario", "rate-limit").build()))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(429);
				assertThat(ex.reason()).isEqualTo(Reasons.RATE_LIMIT_EXCEEDED);
				assertThat(ex.rateLimit().limit()).isEqualTo(60);
				assertThat(ex.rateLimit().remaining()).isZero();
			});
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	@Test
	void aRejectedKeyIsA401WithTheKeyNowhereInTheError() {
		try (GenaugMockServer strict = GenaugMockServer.start(GenaugMockOptions.builder().apiKeys("the-right-key").build())) {
			GeneralAugmentClient client = GeneralAugmentClient.builder()
				.apiKey("sk-wrong-key-123")
				.baseUrl(strict.baseUrl())
				.build();

			assertThatThrownBy(() -> client.responses().create(request("hi").build()))
				.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
					assertThat(ex.status()).isEqualTo(401);
					assertThat(ex.reason()).isEqualTo("invalid_api_key");
					assertThat(ex.toString() + ex.rawBody()).doesNotContain("sk-wrong-key-123");
				});
		}
	}

}
