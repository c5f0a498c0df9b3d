package com.generalaugment.mock.platform.responses;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.ProjectLog;
import com.generalaugment.mock.platform.RecordedTurn;
import com.generalaugment.mock.platform.UsageLedger;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.PyJson;
import com.generalaugment.mock.platform.memory.MemoryEndpoint;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/responses}: builds or replays the reply (contract §7, "Idempotency"), records the turn
 * and answers as JSON or as an event stream. A new turn that names a project in {@code X-Project-ID} is
 * also logged and traced for that project; a plain-text turn whose input has the word {@code recall}
 * quotes the user's stored facts.
 */
public final class ResponsesEndpoint {

	private record Replay(String bodyDigest, ObjectNode response) {
	}

	private final UsageLedger usage;

	private final MemoryEndpoint memory;

	private final ProjectLog log;

	private final Map<String, Replay> replays = new HashMap<>();

	private final List<RecordedTurn> turns = new ArrayList<>();

	/**
	 * @param usage the ledger that counts the project's turns
	 * @param memory the memory store, whose facts a recall quotes
	 * @param log the per-project log and traces
	 */
	public ResponsesEndpoint(UsageLedger usage, MemoryEndpoint memory, ProjectLog log) {
		this.usage = usage;
		this.memory = memory;
		this.log = log;
	}

	/**
	 * Creates (or replays) a response.
	 *
	 * @param call the call
	 * @return the reply
	 */
	public MockReply create(Call call) {
		ObjectNode payload = call.body();
		String idempotencyKey = call.header("X-Idempotency-Key");
		boolean keyed = idempotencyKey != null && !idempotencyKey.isEmpty();
		boolean stream = payload.path("stream").isBoolean() && payload.get("stream").booleanValue();
		String bodyDigest = Digests.sha256Hex(payload);
		String projectId = call.header("X-Project-ID");
		ObjectNode response;
		synchronized (this) {
			Replay stored = keyed ? replays.get(idempotencyKey) : null;
			if (stored != null && !stored.bodyDigest().equals(bodyDigest)) {
				throw ApiError.of(409, "idempotency_key_conflict",
						"X-Idempotency-Key was reused with a different mock request body.");
			}
			if (stored != null) {
				response = stored.response().deepCopy();
			}
			else {
				int minLength = stream ? call.delivery().deltas() : 0;
				response = ResponseFactory.build(payload, call.request(), idempotencyKey, minLength,
						memory.factTexts(ResponseFactory.user(payload)));
				usage.recordTurn(projectId);
				if (projectId != null && !projectId.isBlank()) {
					log.record(projectId, logTurn(payload, response));
				}
				if (keyed) {
					replays.put(idempotencyKey, new Replay(bodyDigest, response.deepCopy()));
				}
			}
			turns.add(turn(payload, response, projectId, idempotencyKey, stream, stored != null));
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Request-ID", response.get("metadata").get("general_augment_request_id").stringValue());
		headers.put("X-Trace-ID", response.get("metadata").get("general_augment_trace_id").stringValue());
		if (stream) {
			return StreamDelivery.plan(ResponseEvents.of(response, call.delivery().deltas()), call.delivery(), headers);
		}
		return new JsonReply(200, response, headers, Duration.ZERO);
	}

	/**
	 * The turns served since the last reset, oldest first.
	 *
	 * @return a copy of the list
	 */
	public synchronized List<RecordedTurn> turns() {
		return List.copyOf(turns);
	}

	/** Forgets replays and turns. */
	public synchronized void reset() {
		replays.clear();
		turns.clear();
	}

	private static ProjectLog.Turn logTurn(ObjectNode payload, ObjectNode response) {
		JsonNode metadata = response.get("metadata");
		JsonNode usage = response.get("usage");
		return new ProjectLog.Turn(metadata.get("general_augment_trace_id").stringValue(),
				response.get("id").stringValue(), InputText.of(payload.get("input")), outputText(response),
				response.get("model").stringValue(), usage.get("input_tokens").intValue(),
				usage.get("output_tokens").intValue());
	}

	private static String outputText(ObjectNode response) {
		return response.get("output").get(0).get("content").get(0).get("text").stringValue();
	}

	private RecordedTurn turn(ObjectNode payload, ObjectNode response, @Nullable String projectId,
			@Nullable String idempotencyKey,
			boolean stream, boolean replayed) {
		JsonNode metadata = response.get("metadata");
		JsonNode user = payload.get("user");
		return new RecordedTurn(turns.size() + 1,
				projectId == null || projectId.isBlank() ? UsageLedger.DEFAULT_PROJECT : projectId,
				response.get("id").stringValue(), metadata.get("general_augment_request_id").stringValue(),
				metadata.get("general_augment_trace_id").stringValue(), response.get("model").stringValue(),
				user == null || user.isNull() ? null : (user.isString() ? user.stringValue() : PyJson.canonical(user)),
				InputText.of(payload.get("input")), outputText(response), stream,
				idempotencyKey, replayed);
	}

}
