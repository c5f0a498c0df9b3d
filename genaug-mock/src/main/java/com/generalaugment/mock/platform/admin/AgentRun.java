package com.generalaugment.mock.platform.admin;

import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.ProjectLog;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agent run behind one hosted test turn. The platform's mock keeps no runs; ours keeps one per test
 * turn so a client can follow {@code metadata.agent_run_id} to a run timeline. It always completed, in one
 * model call, at the mock's fixed time.
 *
 * @param id {@code run_mock_} + the 16 hex of the turn's trace id
 * @param projectId the project
 * @param responseId the turn's response id
 * @param traceId the turn's trace id
 */
record AgentRun(String id, String projectId, String responseId, String traceId) {

	static final String STATUS = "completed";

	/** The user of the run: the one its log rows name. */
	String userId() {
		return ProjectLog.userId(projectId);
	}

	/** The session of the run: the one its log rows name. */
	String sessionId() {
		return ProjectLog.sessionId(projectId);
	}

	/** The list view of {@code GET .../runs}. */
	ObjectNode summary() {
		ObjectNode json = Json.object();
		json.put("id", id);
		json.put("status", STATUS);
		json.put("response_id", responseId);
		json.put("trace_id", traceId);
		json.put("model_used", ProjectLog.LOG_MODEL);
		json.put("latency_ms", 0);
		return json;
	}

	/** The detail view of {@code GET .../runs/{run}}: the timeline of one model call. */
	ObjectNode toJson() {
		String at = MockClock.EPOCH.toString();
		ObjectNode json = Json.object();
		json.put("id", id);
		json.put("status", STATUS);
		json.put("response_id", responseId);
		json.put("trace_id", traceId);
		json.put("model_used", ProjectLog.LOG_MODEL);
		json.put("user_id", userId());
		json.put("session_id", sessionId());
		ObjectNode step = json.putArray("steps").addObject();
		step.put("index", 0);
		step.put("type", "model_call");
		step.put("status", STATUS);
		step.put("model", ProjectLog.LOG_MODEL);
		json.putArray("platform_events");
		ArrayNode events = json.putArray("run_events");
		events.addObject().put("sequence", 0).put("type", "run.started").put("created_at", at);
		events.addObject().put("sequence", 1).put("type", "run.completed").put("created_at", at);
		return json;
	}

}
