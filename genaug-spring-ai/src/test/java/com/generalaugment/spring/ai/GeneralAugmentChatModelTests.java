package com.generalaugment.spring.ai;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.mock.junit.GenaugMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat model against genaug-mock over real HTTP: what Spring AI's messages and options become on the
 * wire, and what the platform's reply becomes in a {@link ChatResponse}.
 */
class GeneralAugmentChatModelTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private GeneralAugmentChatModel model(String... headers) {
		GeneralAugmentClient.Builder client = GeneralAugmentClient.builder().apiKey("local-test").baseUrl(mock.baseUrl());
		for (int i = 0; i < headers.length; i += 2) {
			client.defaultHeader(headers[i], headers[i + 1]);
		}
		return new GeneralAugmentChatModel(client.build(), GeneralAugmentChatOptions.builder().build());
	}

	@Test
	void systemMessagesBecomeInstructionsAndTheRestInputMessagesInOrder() {
		Prompt prompt = new Prompt(List.of(new SystemMessage("Be brief."), new UserMessage("My seat is 14C."),
				new AssistantMessage("Noted."), new UserMessage("Reply exactly with: 14C")),
				GeneralAugmentChatOptions.builder().user("app-user-1").metadata(Map.of("feature", "seats")).build());

		ChatResponse response = model().call(prompt);

		assertThat(response.getResult().getOutput().getText()).isEqualTo("14C");
		mock.wireMock().verify(postRequestedFor(urlEqualTo("/v1/responses"))
			.withRequestBody(matchingJsonPath("$.instructions", equalTo("Be brief.")))
			.withRequestBody(matchingJsonPath("$.user", equalTo("app-user-1")))
			.withRequestBody(matchingJsonPath("$.metadata.feature", equalTo("seats")))
			.withRequestBody(matchingJsonPath("$.input[0].role", equalTo("user")))
			.withRequestBody(matchingJsonPath("$.input[1].role", equalTo("assistant")))
			.withRequestBody(matchingJsonPath("$.input[2].role", equalTo("user"))));
	}

	@Test
	void theReplyCarriesTextFinishReasonUsageAndThePlatformsIds() {
		ChatResponse response = model().call(new Prompt("Reply exactly with: welcome aboard"));

		assertThat(response.getResult().getOutput().getText()).isEqualTo("welcome aboard");
		assertThat(response.getResult().getMetadata().getFinishReason()).isEqualTo("STOP");
		assertThat(response.getMetadata().getId()).startsWith("resp_mock_");
		assertThat(response.getMetadata().getModel()).isEqualTo("mock/balanced");
		assertThat(response.getMetadata().getUsage().getPromptTokens()).isEqualTo(5);
		assertThat(response.getMetadata().getUsage().getCompletionTokens()).isEqualTo(2);
		assertThat(response.getMetadata().getUsage().getTotalTokens()).isEqualTo(7);
		assertThat((String) response.getMetadata().get(GeneralAugmentChatModel.REQUEST_ID)).startsWith("req_mock_");
		assertThat((String) response.getMetadata().get(GeneralAugmentChatModel.TRACE_ID)).startsWith("trace_mock_");
	}

	@Test
	void aStreamIsOneResponsePerDeltaWithTheUsageOnTheLast() {
		List<ChatResponse> responses = model("X-Genaug-Mock-Stream-Deltas", "4")
			.stream(new Prompt("Reply exactly with: one two three four five six seven eight"))
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(responses).isNotNull().hasSizeGreaterThanOrEqualTo(4);
		StringBuilder text = new StringBuilder();
		responses.forEach((response) -> text.append(response.getResult().getOutput().getText()));
		assertThat(text.toString()).isEqualTo("one two three four five six seven eight");
		ChatResponse last = responses.get(responses.size() - 1);
		assertThat(last.getMetadata().getUsage().getTotalTokens()).isPositive();
		assertThat(last.getResult().getMetadata().getFinishReason()).isEqualTo("STOP");
	}

	@Test
	void cancellingTheStreamEndsItWithoutWaitingForThePlatform() {
		GeneralAugmentChatModel slow = model("X-Genaug-Mock-Stream-Deltas", "10", "X-Genaug-Mock-Event-Delay-Ms", "500");
		long start = System.nanoTime();

		List<ChatResponse> first = slow.stream(new Prompt("Reply exactly with: a b c d e f g h i j"))
			.take(1)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(first).hasSize(1);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
		assertThat(model().call(new Prompt("Reply exactly with: still fine")).getResult().getOutput().getText())
			.isEqualTo("still fine");
	}

	@Test
	void anOutputSchemaIsSentAsTheStrictJsonSchemaFormat() {
		String schema = "{\"type\":\"object\",\"properties\":{\"seat\":{\"type\":\"string\"}},\"required\":[\"seat\"]}";

		ChatResponse response = model().call(new Prompt("Which seat? genaug-structured-ok",
				GeneralAugmentChatOptions.builder().outputSchema(schema).build()));

		assertThat(response.getResult().getOutput().getText()).isEqualTo("{\"seat\": \"genaug-structured-ok\"}");
		mock.wireMock().verify(postRequestedFor(urlEqualTo("/v1/responses"))
			.withRequestBody(matchingJsonPath("$.text.format.type", equalTo("json_schema")))
			.withRequestBody(matchingJsonPath("$.text.format.strict", equalTo("true")))
			.withRequestBody(matchingJsonPath("$.text.format.schema.required[0]", equalTo("seat"))));
	}

	record Seat(String seat) {
	}

	@Test
	void chatClientEntitiesWorkThroughSpringAisPromptInstructions() {
		Seat seat = ChatClient.create(model())
			.prompt()
			.user("Reply exactly with: {\"seat\": \"14C\"}")
			.call()
			.entity(Seat.class);

		assertThat(seat).isEqualTo(new Seat("14C"));
	}

	@Test
	void toolCallbacksAreRefusedSinceThePlatformRunsTheProjectsOwnTools() {
		ToolCallback weather = new ToolCallback() {

			@Override
			public ToolDefinition getToolDefinition() {
				return ToolDefinition.builder().name("weather").description("Today's weather").inputSchema("{}").build();
			}

			@Override
			public String call(String input) {
				return "sunny";
			}

		};
		Prompt prompt = new Prompt("What is the weather?", ToolCallingChatOptions.builder().toolCallbacks(weather).build());

		assertThatThrownBy(() -> model().call(prompt)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("runs the tools registered on the project");
		mock.wireMock().verify(0, postRequestedFor(urlEqualTo("/v1/responses")));
	}

	@Test
	void chatClientOptionsCarryTheSignedInUser() {
		String reply = ChatClient.create(model())
			.prompt("Reply exactly with: hello")
			.options(GeneralAugmentChatOptions.builder().user("app-user-9"))
			.call()
			.content();

		assertThat(reply).isEqualTo("hello");
		mock.wireMock().verify(postRequestedFor(urlEqualTo("/v1/responses"))
			.withRequestBody(matchingJsonPath("$.user", equalTo("app-user-9"))));
	}

	@Test
	void aPromptWithoutUserOrAssistantTextIsRefusedBeforeAnyCall() {
		assertThatThrownBy(() -> model().call(new Prompt(List.of(new SystemMessage("Only instructions")))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no user or assistant message");
	}

}
