package com.generalaugment.mock.platform.responses;

import java.util.List;

import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockRequest;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyText;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Responses object of contract §7 ("Reply fields"): a pure function of the request body, the
 * headers and the idempotency key.
 */
public final class ResponseFactory {

	/** Trace headers longer than this are not copied into metadata. */
	private static final int MAX_TRACE_HEADER_LENGTH = 512;

	private ResponseFactory() {
	}

	/**
	 * Builds the reply.
	 *
	 * @param payload the request body
	 * @param request the request, for {@code X-Request-ID}, {@code traceparent} and {@code tracestate}
	 * @param idempotencyKey the {@code X-Idempotency-Key} header, or {@code null}
	 * @param minOutputLength the output text is repeated until it has at least this many characters (for a
	 *        long stream, see {@code X-Genaug-Mock-Stream-Deltas}); 0 or 1 leaves it as it is
	 * @param memoryFacts the facts stored for the request's user, quoted by a plain-text reply whose input
	 *        asks to recall; structured output never quotes them, so it stays valid JSON
	 * @return the reply object
	 */
	public static ObjectNode build(ObjectNode payload, MockRequest request, @Nullable String idempotencyKey,
			int minOutputLength, List<String> memoryFacts) {
		String inputText = InputText.of(payload.get("input"));
		String user = user(payload);
		String outputText = stretch(StructuredOutput.text(payload, inputText)
			.orElseGet(() -> Recall.apply(MockText.reply(inputText, user), inputText, memoryFacts)), minOutputLength);

		ObjectNode digestInput = Json.object();
		digestInput.put("input", inputText);
		digestInput.set("user", payload.get("user"));
		digestInput.set("model", payload.get("model"));
		digestInput.put("idempotency_key", idempotencyKey);
		String digest = Digests.sha256Hex(digestInput);

		String responseId = "resp_mock_" + digest.substring(0, 20);
		String requestIdHeader = request.header("X-Request-ID");
		String requestId = requestIdHeader == null || requestIdHeader.isEmpty()
				? "req_mock_" + digest.substring(0, 16) : requestIdHeader;
		String traceId = "trace_mock_" + digest.substring(0, 16);
		String model = "mock/" + PyValues.strOr(payload.get("model"), "balanced");
		int inputTokens = Math.max(1, PyText.split(inputText).size());
		int outputTokens = Math.max(1, PyText.split(outputText).size());

		ObjectNode response = Json.object();
		response.put("id", responseId);
		response.put("object", "response");
		response.put("created_at", MockClock.EPOCH.toString());
		response.put("status", "completed");
		response.put("model", model);
		response.set("output", Json.array().add(message("msg_mock_" + digest.substring(0, 20), outputText)));
		ObjectNode usage = response.putObject("usage");
		usage.put("input_tokens", inputTokens);
		usage.putObject("input_tokens_details").put("cached_tokens", 0);
		usage.put("output_tokens", outputTokens);
		usage.putObject("output_tokens_details").put("reasoning_tokens", 0);
		usage.put("total_tokens", inputTokens + outputTokens);
		response.set("previous_response_id", payload.get("previous_response_id"));
		response.set("metadata", metadata(payload, request, responseId, requestId, traceId, model, inputTokens,
				outputTokens));
		response.putNull("error");
		return response;
	}

	/**
	 * The request's user as the reply text and memory name it: {@code user}, else {@code mock-user}.
	 *
	 * @param payload the request body
	 * @return the user id
	 */
	public static String user(ObjectNode payload) {
		return PyValues.strOr(payload.get("user"), "mock-user");
	}

	private static ObjectNode message(String id, String text) {
		ObjectNode message = Json.object();
		message.put("id", id);
		message.put("type", "message");
		message.put("role", "assistant");
		message.put("status", "completed");
		ObjectNode part = Json.object();
		part.put("type", "output_text");
		part.put("text", text);
		part.set("annotations", Json.array());
		message.set("content", Json.array().add(part));
		return message;
	}

	/**
	 * The caller's metadata plus the platform ids. The {@code general_augment_*} fields always win; the
	 * plain {@code request_id} / {@code trace_id} / {@code traceparent} / {@code tracestate} only fill gaps,
	 * as in the platform's mock.
	 */
	private static ObjectNode metadata(ObjectNode payload, MockRequest request, String responseId, String requestId,
			String traceId, String model, int inputTokens, int outputTokens) {
		ObjectNode metadata = Json.objectOrEmpty(payload.get("metadata"));
		metadata.put("general_augment_response_id", responseId);
		metadata.put("general_augment_request_id", requestId);
		metadata.put("general_augment_trace_id", traceId);
		metadata.put("general_augment_model", model);
		metadata.put("general_augment_input_tokens", inputTokens);
		metadata.put("general_augment_output_tokens", outputTokens);
		metadata.put("general_augment_cost_usd", 0.0);
		metadata.put("general_augment_latency_ms", 0);
		putIfAbsent(metadata, "trace_id", traceId);
		putIfAbsent(metadata, "request_id", requestId);
		for (String header : List.of("traceparent", "tracestate")) {
			String value = request.header(header);
			if (value != null && !value.isEmpty() && value.length() <= MAX_TRACE_HEADER_LENGTH) {
				metadata.put("general_augment_" + header, value);
				putIfAbsent(metadata, header, value);
			}
		}
		return metadata;
	}

	private static void putIfAbsent(ObjectNode node, String name, String value) {
		if (!node.has(name)) {
			node.put(name, value);
		}
	}

	/** Repeats the text, space-separated, until it has at least {@code minLength} code points. */
	static String stretch(String text, int minLength) {
		if (text.isEmpty() || text.codePointCount(0, text.length()) >= minLength) {
			return text;
		}
		StringBuilder out = new StringBuilder(text);
		while (out.codePointCount(0, out.length()) < minLength) {
			out.append(' ').append(text);
		}
		return out.toString();
	}

}
