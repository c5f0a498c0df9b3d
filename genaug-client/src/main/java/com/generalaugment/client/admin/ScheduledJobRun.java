package com.generalaugment.client.admin;

import java.time.Instant;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One run of a scheduled job, as listed or returned by a dispatch: a read-only view over the JSON. Fields
 * the SDK does not model stay reachable through {@link #raw()}.
 */
public final class ScheduledJobRun {

	private final JsonNode json;

	/**
	 * Wrap a run.
	 * @param json the run's JSON object
	 */
	public ScheduledJobRun(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A scheduled job run");
	}

	/** @return the run id */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the job the run belongs to */
	public @Nullable String jobId() {
		return JsonValues.string(this.json, "job_id");
	}

	/** @return the status, e.g. {@code succeeded}, {@code failed} or {@code recorded} (not executed) */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return how many attempts the run took ({@code 0} when not executed or not reported) */
	public long attemptCount() {
		return JsonValues.count(this.json, "attempt_count");
	}

	/** @return the trace id of the run's agent turn, or {@code null} */
	public @Nullable String traceId() {
		return JsonValues.string(this.json, "trace_id");
	}

	/** @return why the run ended as it did, or {@code null} */
	public @Nullable String terminalReason() {
		return JsonValues.string(this.json, "terminal_reason");
	}

	/** @return the dispatch key the run was created with, or {@code null} */
	public @Nullable String dispatchKey() {
		return JsonValues.string(this.json, "dispatch_key");
	}

	/** @return when the run was created, or {@code null} */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return the run's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "ScheduledJobRun{id=" + id() + ", status=" + status() + ", attemptCount=" + attemptCount() + "}";
	}

}
