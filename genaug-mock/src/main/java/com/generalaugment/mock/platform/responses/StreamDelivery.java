package com.generalaugment.mock.platform.responses;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.generalaugment.mock.platform.Delivery;
import com.generalaugment.mock.platform.EventStreamReply;
import com.generalaugment.mock.platform.EventStreamReply.Chunk;
import com.generalaugment.mock.platform.MockScenario;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyJson;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns stream events into the chunks of an {@link EventStreamReply}: one chunk per event, written as
 * {@code event: <name>\ndata: <canonical JSON>\n\n} (contract §7), paced and broken as the request's
 * {@link MockScenario} asks.
 */
public final class StreamDelivery {

	private static final Duration DEFAULT_STALL = Duration.ofSeconds(30);

	/** The stall, the injected error and the cut all happen after the first two events. */
	private static final int FAULT_INDEX = 2;

	private StreamDelivery() {
	}

	/**
	 * Plans the stream.
	 *
	 * @param events the events of the reply
	 * @param delivery the request's scenario and pacing
	 * @param headers extra response headers
	 * @return the reply
	 */
	public static EventStreamReply plan(List<ResponseEvents.Event> events, Delivery delivery,
			Map<String, String> headers) {
		List<Chunk> chunks = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			Duration pause = i == 0 ? Duration.ZERO : delivery.eventDelay();
			if (i == FAULT_INDEX && delivery.is(MockScenario.STREAM_STALL)) {
				pause = pause.plus(delivery.delayOr(DEFAULT_STALL));
			}
			if (i == FAULT_INDEX && delivery.is(MockScenario.STREAM_ERROR)) {
				chunks.add(new Chunk(encode("error", agentFailed(i)), pause));
				return new EventStreamReply(chunks, false, headers, Duration.ZERO);
			}
			byte[] bytes = encode(events.get(i).name(), events.get(i).data());
			if (i == FAULT_INDEX + 1 && delivery.is(MockScenario.STREAM_TRUNCATED)) {
				chunks.add(new Chunk(Arrays.copyOf(bytes, bytes.length / 2), pause));
				return new EventStreamReply(chunks, true, headers, Duration.ZERO);
			}
			chunks.add(new Chunk(bytes, pause));
		}
		return new EventStreamReply(chunks, false, headers, Duration.ZERO);
	}

	private static ObjectNode agentFailed(int sequenceNumber) {
		ObjectNode data = Json.object();
		data.put("type", "error");
		data.put("sequence_number", sequenceNumber);
		data.put("code", "agent_failed");
		data.put("reason", "agent_failed");
		data.put("message", "Mock agent failed mid-stream.");
		return data;
	}

	private static byte[] encode(String name, ObjectNode data) {
		return ("event: " + name + "\ndata: " + PyJson.canonical(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

}
