package com.generalaugment.benchmarks.upstream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replies of the fixed-reply upstream, built once: a realistic Responses object (about 1.1 KB, the
 * shape the platform and OpenAI's Responses API share) and the Server-Sent Events of a streamed reply
 * ({@code response.created}, the {@code response.output_text.delta} events, {@code response.completed}).
 * Every contender parses the very same bytes.
 */
public final class FixedReplies {

	/** The output text of the plain reply. */
	public static final String REPLY_TEXT = "Thanks for the details. The customer reports that invoices exported after "
			+ "the 2.4 update show the wrong currency symbol for EUR accounts. Suggested next action: reproduce it "
			+ "with a EUR test account, attach the export, and escalate to billing with priority P2.";

	/** The model every reply names. */
	public static final String MODEL = "balanced";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String[] TOKENS = REPLY_TEXT.split("(?<= )");

	private static final String RESPONSE_ID = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b";

	private static final String MESSAGE_ID = "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b";

	private static final byte[] REPLY = MAPPER.writeValueAsBytes(response("completed", REPLY_TEXT));

	private FixedReplies() {
	}

	/** @return the JSON body of a plain {@code POST /v1/responses} reply */
	public static byte[] reply() {
		return REPLY.clone();
	}

	/**
	 * The text the deltas of a stream add up to.
	 * @param deltas the number of delta events
	 * @return the text
	 */
	public static String streamText(int deltas) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < deltas; i++) {
			text.append(TOKENS[i % TOKENS.length]);
		}
		return text.toString();
	}

	/**
	 * The {@code response.created} event that opens every stream.
	 * @return the event bytes, blank line included
	 */
	public static byte[] createdEvent() {
		ObjectNode data = MAPPER.createObjectNode().put("type", "response.created").put("sequence_number", 0);
		data.set("response", response("in_progress", null));
		return event("response.created", data);
	}

	/**
	 * One {@code response.output_text.delta} event.
	 * @param index the delta's index, from 0
	 * @return the event bytes
	 */
	public static byte[] deltaEvent(int index) {
		ObjectNode data = MAPPER.createObjectNode()
			.put("type", "response.output_text.delta")
			.put("sequence_number", index + 1)
			.put("item_id", MESSAGE_ID)
			.put("output_index", 0)
			.put("content_index", 0)
			.put("delta", TOKENS[index % TOKENS.length]);
		data.putArray("logprobs");
		return event("response.output_text.delta", data);
	}

	/**
	 * The {@code response.completed} event that ends a stream, carrying the whole response.
	 * @param deltas the number of delta events before it
	 * @return the event bytes
	 */
	public static byte[] completedEvent(int deltas) {
		ObjectNode data = MAPPER.createObjectNode().put("type", "response.completed").put("sequence_number", deltas + 1);
		data.set("response", response("completed", streamText(deltas)));
		return event("response.completed", data);
	}

	/**
	 * Everything after {@code response.created} of a stream sent at once.
	 * @param deltas the number of delta events
	 * @return the bytes
	 */
	public static byte[] streamRest(int deltas) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(deltas * 200 + 16_384);
		for (int i = 0; i < deltas; i++) {
			out.writeBytes(deltaEvent(i));
		}
		out.writeBytes(completedEvent(deltas));
		return out.toByteArray();
	}

	private static byte[] event(String name, ObjectNode data) {
		return ("event: " + name + "\ndata: " + MAPPER.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

	private static ObjectNode response(String status, @Nullable String text) {
		ObjectNode response = MAPPER.createObjectNode()
			.put("id", RESPONSE_ID)
			.put("object", "response")
			.put("created_at", 1741476542L)
			.put("status", status)
			.put("background", false)
			.putNull("error")
			.putNull("incomplete_details")
			.putNull("instructions")
			.putNull("max_output_tokens")
			.put("model", MODEL);
		if (text != null) {
			ObjectNode message = response.putArray("output")
				.addObject()
				.put("type", "message")
				.put("id", MESSAGE_ID)
				.put("status", "completed")
				.put("role", "assistant");
			ObjectNode part = message.putArray("content").addObject().put("type", "output_text").put("text", text);
			part.putArray("annotations");
			part.putArray("logprobs");
		}
		else {
			response.putArray("output");
		}
		response.put("parallel_tool_calls", true).putNull("previous_response_id");
		response.putObject("reasoning").putNull("effort").putNull("summary");
		response.put("store", true).put("temperature", 1.0);
		response.putObject("text").putObject("format").put("type", "text");
		response.put("tool_choice", "auto");
		response.putArray("tools");
		response.put("top_p", 1.0).put("truncation", "disabled");
		if (text != null) {
			ObjectNode usage = response.putObject("usage").put("input_tokens", 36);
			usage.putObject("input_tokens_details").put("cached_tokens", 0);
			usage.put("output_tokens", 87);
			usage.putObject("output_tokens_details").put("reasoning_tokens", 0);
			usage.put("total_tokens", 123);
		}
		response.put("user", "bench-user-1");
		response.putObject("metadata")
			.put("general_augment_request_id", "req_01JQ7Z3K9V6M2D8R4T5Y1X0B7C")
			.put("general_augment_trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
		return response;
	}

}
