package com.generalaugment.spring.ai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.responses.InputMessage;
import com.generalaugment.client.responses.Reasoning;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.responses.ResponseStreamEvent;
import com.generalaugment.client.responses.TextFormat;
import com.generalaugment.client.responses.Usage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.MessageType;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/**
 * A Spring AI {@link ChatModel} (and {@code StreamingChatModel}) over General Augment's Responses API, so
 * that {@code ChatClient} apps can use the platform. System messages become the call's
 * {@code instructions}; user and assistant messages its input messages, in order; the options' {@code user}
 * the platform's per-user identity. A reply is one {@link Generation} with the output text and the finish
 * reason; its metadata carries the response id, the model, the usage and the platform's request and trace
 * ids ({@code request-id}, {@code trace-id}).
 *
 * <p>Streams run the SDK's blocking stream on Reactor's bounded-elastic scheduler, never on the
 * subscriber's thread: one {@link ChatResponse} per text delta, the usage on the last; cancelling the
 * {@code Flux} closes the stream and frees its connection.
 *
 * <p>Tools: the platform runs the tools registered on the project (its OpenAPI tools), so a call that
 * carries Spring AI tool callbacks is refused with an {@link IllegalArgumentException} saying so.
 */
public class GeneralAugmentChatModel implements ChatModel {

	/** The metadata key of the platform's request id. */
	public static final String REQUEST_ID = "request-id";

	/** The metadata key of the platform's trace id. */
	public static final String TRACE_ID = "trace-id";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GeneralAugmentClient client;

	private final GeneralAugmentChatOptions defaults;

	/**
	 * A model with default options.
	 * @param client the project client
	 * @param defaults the options every call starts from
	 */
	public GeneralAugmentChatModel(GeneralAugmentClient client, GeneralAugmentChatOptions defaults) {
		this.client = client;
		this.defaults = defaults;
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		Response response = this.client.responses().create(request(prompt));
		String text = response.outputText();
		return chatResponse(response, text, finishReason(response.status()));
	}

	@Override
	public Flux<ChatResponse> stream(Prompt prompt) {
		ResponseCreateParams request = request(prompt);
		return Flux.<ChatResponse, ResponseStream>using(() -> this.client.responses().stream(request),
				(stream) -> Flux.fromIterable(stream).concatMap((event) -> Flux.fromIterable(toChatResponses(event))),
				ResponseStream::close)
			.subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public ChatOptions getDefaultOptions() {
		return this.defaults;
	}

	// ChatClient lays a call's options over these, with this type's builder, so that our own options
	// (user, metadata, …) survive the merge.
	@Override
	public ChatOptions getOptions() {
		return this.defaults;
	}

	private List<ChatResponse> toChatResponses(ResponseStreamEvent event) {
		if (ResponseStreamEvent.OUTPUT_TEXT_DELTA.equals(event.event())) {
			String delta = event.delta();
			return (delta == null || delta.isEmpty()) ? List.of()
					: List.of(new ChatResponse(List.of(new Generation(new AssistantMessage(delta)))));
		}
		if (ResponseStreamEvent.COMPLETED.equals(event.event()) || ResponseStreamEvent.INCOMPLETE.equals(event.event())) {
			Response response = event.response();
			if (response != null) {
				// The last response carries no more text (the deltas did), only how it ended and its usage.
				return List.of(chatResponse(response, "", finishReason(response.status())));
			}
		}
		return List.of();
	}

	ResponseCreateParams request(Prompt prompt) {
		ChatOptions callOptions = prompt.getOptions();
		List<?> callbacks = (callOptions instanceof ToolCallingChatOptions tools) ? tools.getToolCallbacks() : null;
		if (callbacks != null && !callbacks.isEmpty()) {
			throw new IllegalArgumentException("General Augment runs the tools registered on the project (its OpenAPI "
					+ "tools, admin.project(id).tools()); Spring AI tool callbacks cannot be sent to it. Register the "
					+ "tool on the project instead, or call it from your code.");
		}
		GeneralAugmentChatOptions options = GeneralAugmentChatOptions.merge(this.defaults, callOptions);
		List<String> instructions = new ArrayList<>();
		List<InputMessage> input = new ArrayList<>();
		for (Message message : prompt.getInstructions()) {
			String text = message.getText();
			if (text == null || text.isEmpty()) {
				continue;
			}
			MessageType type = message.getMessageType();
			if (type == MessageType.SYSTEM) {
				instructions.add(text);
			}
			else if (type == MessageType.USER) {
				input.add(InputMessage.user(text));
			}
			else if (type == MessageType.ASSISTANT) {
				input.add(InputMessage.assistant(text));
			}
			else {
				throw new IllegalArgumentException("General Augment takes system, user and assistant messages; a "
						+ type + " message has no place in its Responses input");
			}
		}
		if (input.isEmpty()) {
			throw new IllegalArgumentException("The prompt has no user or assistant message to send");
		}
		ResponseCreateParams.Builder request = ResponseCreateParams.builder()
			.input(input)
			.user(options.getUser())
			.previousResponseId(options.getPreviousResponseId())
			.maxOutputTokens(options.getMaxTokens())
			.temperature(options.getTemperature())
			.topP(options.getTopP());
		if (options.getModel() != null) {
			request.model(options.getModel());
		}
		if (!instructions.isEmpty()) {
			request.instructions(String.join("\n\n", instructions));
		}
		if (!options.getMetadata().isEmpty()) {
			request.metadata(options.getMetadata());
		}
		if (options.getReasoningEffort() != null) {
			request.reasoning(Reasoning.effort(options.getReasoningEffort()));
		}
		if (options.getOutputSchema() != null) {
			request.text(TextFormat.jsonSchema("spring_ai_output", schema(options.getOutputSchema()), true));
		}
		return request.build();
	}

	private static Map<String, Object> schema(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	private static ChatResponse chatResponse(Response response, String text, @Nullable String finishReason) {
		ChatGenerationMetadata.Builder generation = ChatGenerationMetadata.builder();
		if (finishReason != null) {
			generation.finishReason(finishReason);
		}
		ChatResponseMetadata.Builder metadata = ChatResponseMetadata.builder();
		if (response.id() != null) {
			metadata.id(response.id());
		}
		if (response.model() != null) {
			metadata.model(response.model());
		}
		Usage usage = response.usage();
		if (usage != null) {
			metadata.usage(new DefaultUsage(Math.toIntExact(usage.inputTokens()), Math.toIntExact(usage.outputTokens()),
					Math.toIntExact(usage.totalTokens()), usage));
		}
		if (response.requestId() != null) {
			metadata.keyValue(REQUEST_ID, response.requestId());
		}
		if (response.traceId() != null) {
			metadata.keyValue(TRACE_ID, response.traceId());
		}
		return new ChatResponse(List.of(new Generation(new AssistantMessage(text), generation.build())), metadata.build());
	}

	// Spring AI's finish reasons are the providers' words; the platform's statuses are the Responses API's.
	private static @Nullable String finishReason(@Nullable String status) {
		if (status == null) {
			return null;
		}
		return switch (status) {
			case "completed" -> "STOP";
			case "incomplete" -> "LENGTH";
			default -> status.toUpperCase(Locale.ROOT);
		};
	}

}
