package com.generalaugment.client.responses;

import java.nio.charset.StandardCharsets;

import com.generalaugment.client.internal.json.JsonValues;
import com.generalaugment.client.internal.sse.ServerSentEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * One event of a streamed response, with its raw form (name and data text, to pass on unchanged) and a
 * typed view of its data. The data is decoded on first use, so forwarding events costs no JSON parsing.
 */
public final class ResponseStreamEvent {

	/** Name of the event carrying a piece of output text. */
	public static final String OUTPUT_TEXT_DELTA = "response.output_text.delta";

	/** Name of the event carrying the whole output text once done. */
	public static final String OUTPUT_TEXT_DONE = "response.output_text.done";

	/** Name of the last event of a stream that completed, carrying the full response. */
	public static final String COMPLETED = "response.completed";

	/** Name of the last event of a stream whose response failed, carrying the response and its error. */
	public static final String FAILED = "response.failed";

	/** Name of the last event of a stream whose response stopped short, carrying the response. */
	public static final String INCOMPLETE = "response.incomplete";

	private final ServerSentEvent raw;

	private @Nullable JsonNode data;

	/**
	 * Wrap a received event.
	 * @param raw the event as received
	 */
	public ResponseStreamEvent(ServerSentEvent raw) {
		this.raw = raw;
	}

	/** @return the event name, e.g. {@code response.output_text.delta} */
	public String event() {
		return this.raw.event();
	}

	/** @return the data text exactly as received */
	public String rawData() {
		return this.raw.data();
	}

	/** @return the event as received */
	public ServerSentEvent raw() {
		return this.raw;
	}

	/** @return the data as JSON; a JSON string node when the data is not JSON (contract §4) */
	public JsonNode data() {
		if (this.data == null) {
			JsonNode parsed;
			try {
				// From UTF-8 bytes: Jackson's byte parser beats its char parser by more than encoding costs.
				parsed = JsonValues.DEFAULT_MAPPER.readTree(this.raw.data().getBytes(StandardCharsets.UTF_8));
			}
			catch (JacksonException ex) {
				parsed = null;
			}
			this.data = (parsed != null && !parsed.isMissingNode()) ? parsed : StringNode.valueOf(this.raw.data());
		}
		return this.data;
	}

	/** @return the data's {@code type}, or {@code null} */
	public @Nullable String type() {
		return JsonValues.string(data(), "type");
	}

	/** @return the data's {@code sequence_number}, or {@code null} */
	public @Nullable Long sequenceNumber() {
		return JsonValues.longValue(data(), "sequence_number");
	}

	/** @return the text piece of a {@code response.output_text.delta} event, else {@code null} */
	public @Nullable String delta() {
		return JsonValues.string(data(), "delta");
	}

	/** @return the whole text of a {@code response.output_text.done} event, else {@code null} */
	public @Nullable String text() {
		return JsonValues.string(data(), "text");
	}

	/**
	 * The response carried by {@code response.created}, {@code response.in_progress} and
	 * {@code response.completed} events.
	 * @return the response, or {@code null} for other events
	 */
	public @Nullable Response response() {
		JsonNode response = data().get("response");
		return (response != null && response.isObject()) ? new Response(response) : null;
	}

	@Override
	public String toString() {
		return "ResponseStreamEvent{event=" + event() + "}";
	}

}
