package com.generalaugment.mock.platform.responses;

import java.util.ArrayList;
import java.util.List;

import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Server-Sent Events of a streamed reply (contract §7, "Streaming"): {@code response.created},
 * {@code response.in_progress}, {@code response.output_item.added}, {@code response.output_text.delta}
 * (one, or as many as the request asked for), {@code response.output_text.done}, {@code response.completed};
 * each data object carries {@code type} and a running {@code sequence_number}.
 */
public final class ResponseEvents {

	private ResponseEvents() {
	}

	/**
	 * One named event.
	 *
	 * @param name the event name, also the data's {@code type}
	 * @param data the data object
	 */
	public record Event(String name, ObjectNode data) {
	}

	/**
	 * The events of a reply.
	 *
	 * @param response the full reply, as for a non-stream call
	 * @param deltas how many delta events carry the text (1 in the platform's mock)
	 * @return the events, in order
	 */
	public static List<Event> of(ObjectNode response, int deltas) {
		JsonNode item = response.get("output").get(0);
		String text = item.get("content").get(0).get("text").stringValue();
		ObjectNode stub = Json.object();
		stub.set("id", response.get("id"));
		stub.put("object", "response");
		stub.put("status", "in_progress");
		stub.set("model", response.get("model"));
		stub.set("output", Json.array());
		stub.set("metadata", response.get("metadata"));

		List<Event> events = new ArrayList<>();
		add(events, "response.created").set("response", stub);
		add(events, "response.in_progress").set("response", stub);
		ObjectNode added = add(events, "response.output_item.added");
		added.put("output_index", 0);
		added.set("item", item);
		for (String piece : split(text, deltas)) {
			textEvent(add(events, "response.output_text.delta"), item).put("delta", piece);
		}
		textEvent(add(events, "response.output_text.done"), item).put("text", text);
		add(events, "response.completed").set("response", response);
		return events;
	}

	private static ObjectNode add(List<Event> events, String name) {
		ObjectNode data = Json.object();
		data.put("type", name);
		data.put("sequence_number", events.size());
		events.add(new Event(name, data));
		return data;
	}

	private static ObjectNode textEvent(ObjectNode data, JsonNode item) {
		data.set("item_id", item.get("id"));
		data.put("output_index", 0);
		data.put("content_index", 0);
		return data;
	}

	/** Cuts the text into {@code count} pieces whose lengths (in code points) differ by at most one. */
	static List<String> split(String text, int count) {
		int length = text.codePointCount(0, text.length());
		List<String> pieces = new ArrayList<>(count);
		int offset = 0;
		for (int i = 0; i < count; i++) {
			int size = length / count + (i < length % count ? 1 : 0);
			int end = text.offsetByCodePoints(offset, size);
			pieces.add(text.substring(offset, end));
			offset = end;
		}
		return pieces;
	}

}
