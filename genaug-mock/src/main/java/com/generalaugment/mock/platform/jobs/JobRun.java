package com.generalaugment.mock.platform.jobs;

import java.time.Instant;

import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * One dispatch of a scheduled job.
 *
 * @param id {@code run_mock_NNNN}
 * @param jobId the job
 * @param projectId the job's project
 * @param status {@code succeeded} when executed, {@code recorded} when dispatched with {@code execute: false}
 * @param attemptCount 1 when executed, else 0
 * @param traceId the trace of the executed turn, or {@code null}
 * @param terminalReason why the run ended as it did ({@code not_executed}), or {@code null}
 * @param dispatchKey the caller's idempotency key, or {@code null}
 * @param outputText the agent's reply, or {@code null}
 * @param createdAt when it was dispatched
 */
record JobRun(String id, String jobId, String projectId, String status, int attemptCount, @Nullable String traceId,
		@Nullable String terminalReason, @Nullable String dispatchKey, @Nullable String outputText, Instant createdAt) {

	ObjectNode toJson() {
		ObjectNode json = Json.object();
		json.put("id", id);
		json.put("job_id", jobId);
		json.put("project_id", projectId);
		json.put("status", status);
		json.put("attempt_count", attemptCount);
		json.put("trace_id", traceId);
		json.put("terminal_reason", terminalReason);
		json.put("dispatch_key", dispatchKey);
		json.put("output_text", outputText);
		json.put("created_at", createdAt.toString());
		json.put("completed_at", createdAt.toString());
		return json;
	}

}
