package com.generalaugment.mock.platform.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled job and its history. Mutable; only {@link JobsEndpoint} changes it, under its lock.
 */
final class ScheduledJob {

	/** The statuses a job moves through; {@code cancelled} and {@code completed} are terminal. */
	static final String ACTIVE = "active";

	static final String PAUSED = "paused";

	static final String CANCELLED = "cancelled";

	static final String COMPLETED = "completed";

	final String id;

	final String projectId;

	final ObjectNode definition;

	final @Nullable Schedule schedule;

	final Instant createdAt;

	final List<JobRun> runs = new ArrayList<>();

	final ArrayNode retryHistory = Json.array();

	String status = ACTIVE;

	@Nullable Instant nextRunAt;

	@Nullable Instant lastRunAt;

	Instant updatedAt;

	@Nullable String latestTraceId;

	@Nullable String terminalReason;

	/**
	 * @param definition the validated request fields (name, target, prompt, ...), echoed as they are
	 */
	ScheduledJob(String id, String projectId, ObjectNode definition, @Nullable Schedule schedule, Instant createdAt) {
		this.id = id;
		this.projectId = projectId;
		this.definition = definition;
		this.schedule = schedule;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.nextRunAt = schedule == null ? null : schedule.nextRunAfter(createdAt);
	}

	boolean isTerminal() {
		return status.equals(CANCELLED) || status.equals(COMPLETED);
	}

	String targetAppUserId() {
		return definition.get("target_app_user_id").stringValue();
	}

	ObjectNode toJson() {
		ObjectNode json = definition.deepCopy();
		json.put("id", id);
		json.put("project_id", projectId);
		json.put("status", status);
		json.set("schedule", schedule == null ? null : schedule.toJson());
		json.put("next_run_at", text(nextRunAt));
		json.put("last_run_at", text(lastRunAt));
		json.put("latest_trace_id", latestTraceId);
		ArrayNode linked = json.putArray("linked_run_ids");
		runs.forEach(run -> linked.add(run.id()));
		json.put("terminal_reason", terminalReason);
		json.set("retry_history", retryHistory.deepCopy());
		json.put("created_at", createdAt.toString());
		json.put("updated_at", updatedAt.toString());
		return json;
	}

	@Nullable String field(String name) {
		JsonNode value = definition.get(name);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
