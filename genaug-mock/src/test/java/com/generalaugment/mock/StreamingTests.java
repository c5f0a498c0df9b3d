package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.junit.GenaugMockExtension;
import com.generalaugment.mock.platform.MockHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Streaming replies (contract §7, "Streaming"), read from the socket as they arrive. */
class StreamingTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String BODY = "{\"model\":\"balanced\",\"user\":\"u1\",\"input\":\"stream me\",\"stream\":true}";

	private MockHttp http;

	record Event(String name, String rawData, long arrivedAtNanos) {

		JsonNode data() {
			return MAPPER.readTree(rawData);
		}

	}

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void streamsTheSixEventsInOrder() throws IOException {
		HttpResponse<InputStream> response = http.stream(BODY);
		List<Event> events = readAll(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
		assertThat(response.headers().firstValue("Content-Length")).isEmpty();
		assertThat(events).extracting(Event::name).containsExactly("response.created", "response.in_progress",
				"response.output_item.added", "response.output_text.delta", "response.output_text.done",
				"response.completed");
		assertThat(events).extracting(event -> event.data().get("sequence_number").intValue()).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(events).allSatisfy(event -> assertThat(event.data().get("type").stringValue()).isEqualTo(event.name()));
		String text = "Mock General Augment response for u1: stream me";
		assertThat(events.get(0).data().at("/response/status").stringValue()).isEqualTo("in_progress");
		assertThat(events.get(0).data().at("/response/output").isEmpty()).isTrue();
		assertThat(events.get(2).data().at("/item/content/0/text").stringValue()).isEqualTo(text);
		assertThat(events.get(3).data().get("delta").stringValue()).isEqualTo(text);
		assertThat(events.get(3).data().get("item_id").stringValue()).startsWith("msg_mock_");
		assertThat(events.get(4).data().get("text").stringValue()).isEqualTo(text);
		JsonNode plain = http.post("/v1/responses", BODY.replace(",\"stream\":true", "")).json();
		assertThat(events.get(5).data().get("response")).isEqualTo(plain);
	}

	@Test
	void eventDataIsCanonicalJson() throws IOException {
		List<Event> events = readAll(http.stream(BODY).body());

		assertThat(events.get(3).rawData()).startsWith("{\"content_index\":0,\"delta\":\"Mock General Augment");
	}

	@Test
	void eventsArriveOneByOne() throws IOException {
		long start = System.nanoTime();
		List<Event> events = readAll(http.stream(BODY, MockHeaders.EVENT_DELAY_MS, "250").body());

		long firstMillis = millis(events.get(0).arrivedAtNanos() - start);
		long spreadMillis = millis(events.get(5).arrivedAtNanos() - events.get(0).arrivedAtNanos());
		// Five pauses of 250 ms lie between the first and the last event: had the body been buffered,
		// all six would arrive together.
		assertThat(spreadMillis).isGreaterThanOrEqualTo(1100);
		assertThat(firstMillis).isLessThan(millis(events.get(5).arrivedAtNanos() - start) - 1000);
		for (int i = 1; i < events.size(); i++) {
			assertThat(millis(events.get(i).arrivedAtNanos() - events.get(i - 1).arrivedAtNanos()))
				.as("gap before event %d", i).isGreaterThanOrEqualTo(200);
		}
	}

	@Test
	void streamStallPausesAfterTheFirstTwoEvents() throws IOException {
		List<Event> events = readAll(http.stream(BODY, MockHeaders.SCENARIO, "stream-stall", MockHeaders.DELAY_MS, "1200").body());

		assertThat(events).hasSize(6);
		assertThat(millis(events.get(2).arrivedAtNanos() - events.get(1).arrivedAtNanos())).isGreaterThanOrEqualTo(1100);
		assertThat(millis(events.get(5).arrivedAtNanos() - events.get(2).arrivedAtNanos())).isLessThan(1000);
	}

	@Test
	void streamTruncatedDropsTheConnectionMidEvent() {
		HttpResponse<InputStream> response = http.stream(BODY, MockHeaders.SCENARIO, "stream-truncated");
		List<Event> received = new ArrayList<>();

		assertThatThrownBy(() -> read(response.body(), received)).isInstanceOf(IOException.class);
		assertThat(received).extracting(Event::name)
			.containsExactly("response.created", "response.in_progress", "response.output_item.added");
	}

	@Test
	void streamErrorSendsAnErrorEventMidStream() throws IOException {
		List<Event> events = readAll(http.stream(BODY, MockHeaders.SCENARIO, "stream-error").body());

		assertThat(events).extracting(Event::name).containsExactly("response.created", "response.in_progress", "error");
		JsonNode error = events.get(2).data();
		assertThat(error.get("reason").stringValue()).isEqualTo("agent_failed");
		assertThat(error.get("code").stringValue()).isEqualTo("agent_failed");
		assertThat(error.get("sequence_number").intValue()).isEqualTo(2);
	}

	@Test
	void longStreamCarriesTheRequestedNumberOfDeltas() throws IOException {
		List<Event> events = readAll(http.stream(BODY, MockHeaders.STREAM_DELTAS, "200").body());

		List<Event> deltas = events.stream().filter(e -> e.name().equals("response.output_text.delta")).toList();
		assertThat(deltas).hasSize(200).allSatisfy(e -> assertThat(e.data().get("delta").stringValue()).isNotEmpty());
		String joined = String.join("", deltas.stream().map(e -> e.data().get("delta").stringValue()).toList());
		assertThat(joined).startsWith("Mock General Augment response for u1: stream me Mock General");
		assertThat(events.get(events.size() - 2).data().get("text").stringValue()).isEqualTo(joined);
		assertThat(events.get(events.size() - 1).data().at("/response/output/0/content/0/text").stringValue()).isEqualTo(joined);
		assertThat(events).extracting(e -> e.data().get("sequence_number").intValue())
			.containsExactlyElementsOf(IntStream.range(0, 205).boxed().toList());
	}

	@Test
	void streamedTurnIsReplayedAsAStream() throws IOException {
		List<Event> first = readAll(http.stream(BODY, "X-Idempotency-Key", "stream-key").body());
		List<Event> second = readAll(http.stream(BODY, "X-Idempotency-Key", "stream-key").body());

		assertThat(second).extracting(Event::rawData).containsExactlyElementsOf(first.stream().map(Event::rawData).toList());
	}

	static List<Event> readAll(InputStream body) throws IOException {
		List<Event> events = new ArrayList<>();
		read(body, events);
		return events;
	}

	/** A minimal SSE reader: {@code event:} and {@code data:} lines, blank line ends an event. */
	static void read(InputStream body, List<Event> sink) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			String name = null;
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					if (name != null) {
						sink.add(new Event(name, data.toString(), System.nanoTime()));
					}
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith("event: ")) {
					name = line.substring(7);
				}
				else if (line.startsWith("data: ")) {
					data.append(line.substring(6));
				}
			}
		}
	}

	private static long millis(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}

}
