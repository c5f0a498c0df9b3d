package com.generalaugment.mock.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * What a project's agent said, per project: the message log of {@code GET .../logs} (a user row, then an
 * assistant row, per turn) and the traces behind observability. Hosted test turns and {@code /v1/responses}
 * turns that name a project in {@code X-Project-ID} are recorded; idempotent replays are not, as they are no
 * new turn. Projects are not checked: an id nobody recorded for simply has no rows. Thread-safe.
 */
public final class ProjectLog {

	/** The model every log row names, as in the platform's mock. */
	public static final String LOG_MODEL = "mock/balanced";

	/**
	 * One agent turn.
	 *
	 * @param traceId the trace id
	 * @param responseId the response id
	 * @param userText what the user said
	 * @param assistantText what the agent answered
	 * @param model the model that answered, e.g. {@code mock/balanced}
	 * @param inputTokens the input tokens of the turn
	 * @param outputTokens the output tokens of the turn
	 */
	public record Turn(String traceId, String responseId, String userText, String assistantText, String model,
			int inputTokens, int outputTokens) {
	}

	/**
	 * One recorded trace.
	 *
	 * @param projectId the project
	 * @param turn the turn it traces
	 */
	public record Trace(String projectId, Turn turn) {

		/**
		 * The trace id.
		 *
		 * @return {@code trace_mock_...}
		 */
		public String traceId() {
			return turn.traceId();
		}

		/**
		 * The response id.
		 *
		 * @return {@code resp_mock_...}
		 */
		public String responseId() {
			return turn.responseId();
		}

		/**
		 * The detail view of {@code GET .../traces/{trace}}.
		 *
		 * @return a new object node
		 */
		public ObjectNode toJson() {
			ObjectNode json = Json.object();
			json.put("trace_id", turn.traceId());
			json.put("id", turn.traceId());
			json.put("user_id", userId(projectId));
			json.put("session_id", sessionId(projectId));
			json.put("model_used", turn.model());
			json.put("input_tokens", turn.inputTokens());
			json.put("output_tokens", turn.outputTokens());
			json.put("cost_usd", 0.0);
			json.put("latency_ms", 0);
			json.putNull("langfuse_url");
			return json;
		}

	}

	private final Map<String, List<ObjectNode>> rows = new HashMap<>();

	private final Map<String, List<Trace>> traces = new HashMap<>();

	/**
	 * The session every row of a project belongs to: U({@code <project>:session}).
	 *
	 * @param projectId the project
	 * @return a UUID text
	 */
	public static String sessionId(String projectId) {
		return Digests.generalAugmentUserId(projectId + ":session");
	}

	/**
	 * The user every row of a project is attributed to: U({@code <project>:user}).
	 *
	 * @param projectId the project
	 * @return a UUID text
	 */
	public static String userId(String projectId) {
		return Digests.generalAugmentUserId(projectId + ":user");
	}

	/**
	 * Records a turn: its user row, its assistant row and its trace.
	 *
	 * @param projectId the project
	 * @param turn the turn
	 */
	public synchronized void record(String projectId, Turn turn) {
		List<ObjectNode> projectRows = rows.computeIfAbsent(projectId, id -> new ArrayList<>());
		projectRows.add(row(projectId, "user", turn.userText(), turn.traceId(), null));
		projectRows.add(row(projectId, "assistant", turn.assistantText(), turn.traceId(), LOG_MODEL));
		traces.computeIfAbsent(projectId, id -> new ArrayList<>()).add(new Trace(projectId, turn));
	}

	/**
	 * A project's log rows, oldest first.
	 *
	 * @param projectId the project
	 * @return copies of the rows
	 */
	public synchronized List<ObjectNode> rows(String projectId) {
		List<ObjectNode> copies = new ArrayList<>();
		rows.getOrDefault(projectId, List.of()).forEach(row -> copies.add(row.deepCopy()));
		return copies;
	}

	/**
	 * A project's traces in recording order.
	 *
	 * @param projectId the project
	 * @return the traces
	 */
	public synchronized List<Trace> traces(String projectId) {
		return List.copyOf(traces.getOrDefault(projectId, List.of()));
	}

	/** Forgets every row and trace. */
	public synchronized void reset() {
		rows.clear();
		traces.clear();
	}

	private static ObjectNode row(String projectId, String role, String content, String traceId,
			@Nullable String model) {
		ObjectNode idInput = Json.object();
		idInput.put("content", content);
		idInput.put("project_id", projectId);
		idInput.put("role", role);
		ObjectNode row = Json.object();
		row.put("id", "msg_mock_" + Digests.sha256Hex(idInput).substring(0, 12));
		row.put("created_at", MockClock.EPOCH.toString());
		row.put("session_id", sessionId(projectId));
		row.put("user_id", userId(projectId));
		row.put("role", role);
		row.put("content", content);
		row.put("observability_trace_id", traceId);
		row.put("model_used", model);
		if (model == null) {
			row.putNull("cost_usd");
		}
		else {
			row.put("cost_usd", 0.0);
		}
		return row;
	}

}
