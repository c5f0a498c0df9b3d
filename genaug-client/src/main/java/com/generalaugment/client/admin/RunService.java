package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.RequestOptions;

/**
 * A project's agent runs ({@code project.runs()}): one run's timeline, or the recent runs.
 */
public interface RunService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	RunService withOptions(RequestOptions options);

	/**
	 * One run with its steps and events.
	 * @param agentRunId the run id, e.g. {@code agent_run_id} of a hosted test call's metadata
	 * @return the run
	 * @throws com.generalaugment.client.error.ApiErrorException 404 when it does not exist
	 */
	default AgentRun get(String agentRunId) {
		return get(agentRunId, RequestOptions.none());
	}

	/**
	 * One run, with options for this call.
	 * @param agentRunId the run id
	 * @param options the options
	 * @return the run
	 */
	AgentRun get(String agentRunId, RequestOptions options);

	/** @return the recent runs, newest first */
	default List<AgentRun> list() {
		return list(RunListParams.builder().build(), RequestOptions.none());
	}

	/**
	 * Some runs.
	 * @param params the filters
	 * @return the runs, newest first
	 */
	default List<AgentRun> list(RunListParams params) {
		return list(params, RequestOptions.none());
	}

	/**
	 * Some runs, with options for this call.
	 * @param params the filters
	 * @param options the options
	 * @return the runs
	 */
	List<AgentRun> list(RunListParams params, RequestOptions options);

}
