package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A scheduled job as the admin API returns it: a read-only view over the JSON with its next and last
 * run, retry history, terminal reason, target user and channel, latest trace id and linked run ids.
 * Fields the SDK does not model stay reachable through {@link #raw()}. An empty reply (HTTP 204) reads as
 * an empty object: every accessor answers {@code null} or an empty list.
 */
public final class ScheduledJob {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the job's JSON object
	 */
	public ScheduledJob(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A scheduled job");
	}

	/** @return the job id */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the project the job belongs to */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return the display name */
	public @Nullable String name() {
		return JsonValues.string(this.json, "name");
	}

	/** @return the status: {@code active}, {@code paused}, {@code cancelled}, {@code completed}, … */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the app user the job runs for */
	public @Nullable String targetAppUserId() {
		return JsonValues.string(this.json, "target_app_user_id");
	}

	/** @return the channel results are delivered on */
	public @Nullable String targetChannel() {
		return JsonValues.string(this.json, "target_channel");
	}

	/** @return the prompt the agent runs */
	public @Nullable String prompt() {
		return JsonValues.string(this.json, "prompt");
	}

	/**
	 * The schedule, read back into its typed form.
	 * @return the schedule, or {@code null} when absent or of a kind this SDK does not know
	 */
	public @Nullable Schedule schedule() {
		JsonNode schedule = this.json.get("schedule");
		String type = JsonValues.string(schedule, "type");
		Long everySeconds = JsonValues.longValue(schedule, "every_seconds");
		String expression = JsonValues.string(schedule, "expression");
		String timezone = JsonValues.string(schedule, "timezone");
		Instant at = JsonValues.instant(schedule, "at");
		try {
			if ("interval".equals(type) && everySeconds != null) {
				return Schedule.interval(everySeconds);
			}
			if ("cron".equals(type) && expression != null) {
				return Schedule.cron(expression, (timezone != null) ? timezone : Schedule.DEFAULT_TIMEZONE);
			}
			if ("once".equals(type) && at != null) {
				return Schedule.once(at);
			}
		}
		catch (IllegalArgumentException ex) {
			// An invalid schedule from the platform reads as unknown; raw() still has it.
		}
		return null;
	}

	/** @return when the job runs next, or {@code null} (paused, finished, or unreadable) */
	public @Nullable Instant nextRunAt() {
		return JsonValues.instant(this.json, "next_run_at");
	}

	/** @return when the job last ran, or {@code null} */
	public @Nullable Instant lastRunAt() {
		return JsonValues.instant(this.json, "last_run_at");
	}

	/** @return the trace id of the latest run, or {@code null} */
	public @Nullable String latestTraceId() {
		return JsonValues.string(this.json, "latest_trace_id");
	}

	/** @return the ids of the durable runs of this job, never {@code null} */
	public List<String> linkedRunIds() {
		return JsonValues.strings(this.json, "linked_run_ids");
	}

	/** @return why the job stopped for good ({@code cancelled}, {@code completed}, …), or {@code null} */
	public @Nullable String terminalReason() {
		return JsonValues.string(this.json, "terminal_reason");
	}

	/** @return the attempts made so far, as the platform reports them (treat as read-only), never {@code null} */
	public List<JsonNode> retryHistory() {
		return Values.objects(this.json, "retry_history");
	}

	/** @return when the job was created, or {@code null} */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return when the job last changed, or {@code null} */
	public @Nullable Instant updatedAt() {
		return JsonValues.instant(this.json, "updated_at");
	}

	/** @return the job's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "ScheduledJob{id=" + id() + ", status=" + status() + ", nextRunAt=" + nextRunAt() + "}";
	}

}
