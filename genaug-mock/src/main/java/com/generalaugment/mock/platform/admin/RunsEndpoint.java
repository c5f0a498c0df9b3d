package com.generalaugment.mock.platform.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /projects/{project}/runs} and {@code /runs/{run}}: the agent runs of hosted test turns (the
 * platform's mock has neither route). Repeating a test turn repeats its run id; the run then counts as the
 * newest again. Thread-safe.
 */
public final class RunsEndpoint {

	private static final int DEFAULT_LIMIT = 50;

	private final ProjectStore projects;

	private final Map<String, Map<String, AgentRun>> runs = new HashMap<>();

	/**
	 * @param projects the project store
	 */
	public RunsEndpoint(ProjectStore projects) {
		this.projects = projects;
	}

	/**
	 * {@code GET /runs/{run}}.
	 *
	 * @param call the call
	 * @return the run with its steps and events, or 404 {@code not_found}
	 */
	public MockReply get(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		AgentRun run;
		synchronized (this) {
			run = runs.getOrDefault(projectId, Map.of()).get(call.param("run"));
		}
		if (run == null) {
			throw ApiError.notFound("Run not found.");
		}
		return JsonReply.ok(run.toJson());
	}

	/**
	 * {@code GET /runs?limit&response_id&trace_id&status} → {@code {items}}, newest first.
	 *
	 * @param call the call
	 * @return the matching runs
	 */
	public MockReply list(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		int limit = ObservabilityEndpoint.lenientLimit(call, DEFAULT_LIMIT);
		ObjectNode reply = Json.object();
		ArrayNode items = reply.putArray("items");
		runs(projectId).stream()
			.filter(run -> matches(call.query("response_id"), run.responseId())
					&& matches(call.query("trace_id"), run.traceId())
					&& matches(call.query("status"), AgentRun.STATUS))
			.limit(limit)
			.forEach(run -> items.add(run.summary()));
		return JsonReply.ok(reply);
	}

	/** Stores a run as the project's newest. */
	synchronized void record(AgentRun run) {
		Map<String, AgentRun> projectRuns = runs.computeIfAbsent(run.projectId(), id -> new LinkedHashMap<>());
		projectRuns.remove(run.id());
		projectRuns.put(run.id(), run);
	}

	/** A project's runs, newest first. */
	synchronized List<AgentRun> runs(String projectId) {
		List<AgentRun> newestFirst = new ArrayList<>(runs.getOrDefault(projectId, Map.of()).values());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	/** Forgets every run. */
	public synchronized void reset() {
		runs.clear();
	}

	static boolean matches(@Nullable String wanted, String actual) {
		return wanted == null || wanted.equals(actual);
	}

}
