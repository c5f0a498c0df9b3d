package com.generalaugment.mock.platform.admin;

import java.util.ArrayList;
import java.util.List;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.ProjectLog;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a project recorded: {@code GET /projects/{project}/logs} and {@code /observability} as in the
 * platform's mock (no 404 for an unknown project, which simply has nothing recorded), plus two views the
 * platform's mock lacks: {@code /traces/{trace}} and {@code /observability/support-bundle}.
 *
 * <p>Support bundle rule (ours): {@code traces} are the trace views (with {@code response_id}) matching the
 * {@code trace_id}, {@code response_id}, {@code user_id} and {@code session_id} filters, the last
 * {@code limit} (default 50) in recording order; {@code runs} are the run summaries matching the same
 * filters and {@code status}, newest first, at most {@code limit}; {@code metrics} count the whole project:
 * {@code trace_count} traces, {@code run_count} runs, {@code log_count} log rows. Other filters
 * ({@code feature}, {@code source}, {@code start}, {@code end}) are accepted and ignored.
 */
public final class ObservabilityEndpoint {

	private static final int DEFAULT_LIMIT = 50;

	private final ProjectStore projects;

	private final ProjectLog log;

	private final RunsEndpoint runs;

	/**
	 * @param projects the project store
	 * @param log the recorded turns
	 * @param runs the recorded runs
	 */
	public ObservabilityEndpoint(ProjectStore projects, ProjectLog log, RunsEndpoint runs) {
		this.projects = projects;
		this.log = log;
		this.runs = runs;
	}

	/**
	 * {@code GET /logs?limit} → {@code {items}}: the last {@code limit} rows, oldest first.
	 *
	 * @param call the call
	 * @return the rows
	 */
	public MockReply logs(Call call) {
		List<ObjectNode> rows = log.rows(call.param("project"));
		int limit = lenientLimit(call, DEFAULT_LIMIT);
		ObjectNode reply = Json.object();
		ArrayNode items = reply.putArray("items");
		rows.subList(Math.max(0, rows.size() - limit), rows.size()).forEach(items::add);
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /observability}: every trace in recording order ({@code limit} is ignored, as in the
	 * platform's mock), Langfuse off, one model.
	 *
	 * @param call the call
	 * @return the overview
	 */
	public MockReply observability(Call call) {
		List<ProjectLog.Trace> traces = log.traces(call.param("project"));
		ObjectNode reply = Json.object();
		reply.put("langfuse_enabled", false);
		reply.putNull("langfuse_project_id");
		reply.putNull("langfuse_url");
		ArrayNode items = reply.putArray("traces");
		for (ProjectLog.Trace trace : traces) {
			ObjectNode item = items.addObject();
			item.put("trace_id", trace.traceId());
			item.put("response_id", trace.responseId());
		}
		reply.putObject("metrics").put("trace_count", traces.size());
		reply.putArray("messages_over_time");
		reply.putArray("model_distribution").addObject().put("model", ProjectLog.LOG_MODEL).put("count", traces.size());
		reply.putArray("tool_usage");
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /traces/{trace}}: the latest recording of that trace.
	 *
	 * @param call the call
	 * @return the trace, or 404 {@code not_found}
	 */
	public MockReply trace(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		String traceId = call.param("trace");
		List<ProjectLog.Trace> traces = log.traces(projectId);
		for (int i = traces.size() - 1; i >= 0; i--) {
			if (traces.get(i).traceId().equals(traceId)) {
				return JsonReply.ok(traces.get(i).toJson());
			}
		}
		throw ApiError.notFound("Trace not found.");
	}

	/**
	 * {@code GET /observability/support-bundle}: the project's traces, runs and counts in one reply.
	 *
	 * @param call the call
	 * @return the bundle
	 */
	public MockReply supportBundle(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		int limit = lenientLimit(call, DEFAULT_LIMIT);
		List<ProjectLog.Trace> allTraces = log.traces(projectId);
		List<AgentRun> allRuns = runs.runs(projectId);
		String userId = ProjectLog.userId(projectId);
		String sessionId = ProjectLog.sessionId(projectId);
		boolean sameUserAndSession = RunsEndpoint.matches(call.query("user_id"), userId)
				&& RunsEndpoint.matches(call.query("session_id"), sessionId);

		List<ObjectNode> traces = new ArrayList<>();
		for (ProjectLog.Trace trace : allTraces) {
			if (sameUserAndSession && RunsEndpoint.matches(call.query("trace_id"), trace.traceId())
					&& RunsEndpoint.matches(call.query("response_id"), trace.responseId())) {
				traces.add(trace.toJson().put("response_id", trace.responseId()));
			}
		}
		ObjectNode reply = Json.object();
		reply.put("project_id", projectId);
		reply.put("generated_at", MockClock.EPOCH.toString());
		ObjectNode metrics = reply.putObject("metrics");
		metrics.put("trace_count", allTraces.size());
		metrics.put("run_count", allRuns.size());
		metrics.put("log_count", log.rows(projectId).size());
		ArrayNode traceItems = reply.putArray("traces");
		traces.subList(Math.max(0, traces.size() - limit), traces.size()).forEach(traceItems::add);
		ArrayNode runItems = reply.putArray("runs");
		allRuns.stream()
			.filter(run -> sameUserAndSession && RunsEndpoint.matches(call.query("trace_id"), run.traceId())
					&& RunsEndpoint.matches(call.query("response_id"), run.responseId())
					&& RunsEndpoint.matches(call.query("status"), AgentRun.STATUS))
			.limit(limit)
			.forEach(run -> runItems.add(run.summary()));
		return JsonReply.ok(reply);
	}

	/**
	 * The platform mock's reading of {@code limit}: a whole number, at least 1; anything else is the default.
	 */
	static int lenientLimit(Call call, int fallback) {
		String raw = call.query("limit");
		return raw == null ? fallback : PyValues.positiveInt(Json.text(raw), fallback);
	}

}
