package com.generalaugment.mock.platform.jobs;

import java.util.Objects;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.UsageLedger;
import com.generalaugment.mock.platform.admin.ProjectStore;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyText;
import com.generalaugment.mock.platform.json.PyValues;
import com.generalaugment.mock.platform.responses.MockText;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/admin/projects/{project}/scheduled-jobs}: the whole job lifecycle. Nothing runs on a
 * timer; a job runs when dispatched, deterministically, as a mock agent turn. Deleting cancels the job and
 * keeps it and its runs readable.
 */
public final class JobsEndpoint {

	private static final Set<String> RESPONSE_FORMATS = Set.of("text", "json");

	private final ProjectStore projects;

	private final UsageLedger usage;

	private final MockClock clock;

	private final Map<String, ScheduledJob> jobs = new LinkedHashMap<>();

	private int runCount;

	/**
	 * @param projects the project store
	 * @param usage the ledger that counts executed runs as turns
	 * @param clock the logical clock
	 */
	public JobsEndpoint(ProjectStore projects, UsageLedger usage, MockClock clock) {
		this.projects = projects;
		this.usage = usage;
		this.clock = clock;
	}

	/**
	 * {@code POST .../scheduled-jobs}.
	 *
	 * @param call the call
	 * @return the new job
	 */
	public synchronized MockReply create(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		ObjectNode body = call.body();
		String target = requiredText(body, "target_app_user_id");
		String prompt = requiredText(body, "prompt");
		Schedule schedule = Schedule.parse(body.get("schedule"));
		ObjectNode definition = Json.object();
		definition.put("name", PyValues.strOr(body.get("name"), PyText.head(String.join(" ", PyText.split(prompt)), 60)));
		definition.put("target_app_user_id", target);
		definition.put("target_channel", PyValues.strOr(body.get("target_channel"), "in_app"));
		definition.put("prompt", prompt);
		definition.set("instructions", body.get("instructions"));
		definition.set("context", objectField(body, "context"));
		definition.set("tools", body.path("tools").isArray() ? body.get("tools") : Json.array());
		definition.set("retry_policy", objectField(body, "retry_policy"));
		definition.put("max_tokens", maxTokens(body.get("max_tokens")));
		String format = PyValues.strOr(body.get("response_format"), "text");
		if (!RESPONSE_FORMATS.contains(format)) {
			throw ApiError.invalidRequest("response_format must be text or json.");
		}
		definition.put("response_format", format);
		String id = String.format("job_mock_%04d", jobs.size() + 1);
		ScheduledJob job = new ScheduledJob(id, projectId, definition, schedule, clock.tick());
		jobs.put(id, job);
		return JsonReply.ok(job.toJson());
	}

	/**
	 * {@code GET .../scheduled-jobs?status&target_app_user_id&limit&offset} → {@code {items}}.
	 *
	 * @param call the call
	 * @return the page of jobs, oldest first
	 */
	public synchronized MockReply list(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		int limit = call.intQuery("limit", 50, 1, 200);
		int offset = call.intQuery("offset", 0, 0, Integer.MAX_VALUE);
		String status = call.query("status");
		String target = call.query("target_app_user_id");
		ObjectNode reply = Json.object();
		var items = reply.putArray("items");
		jobs.values().stream()
			.filter(job -> job.projectId.equals(projectId))
			.filter(job -> status == null || job.status.equals(status))
			.filter(job -> target == null || job.targetAppUserId().equals(target))
			.skip(offset)
			.limit(limit)
			.forEach(job -> items.add(job.toJson()));
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET .../scheduled-jobs/{job}}.
	 *
	 * @param call the call
	 * @return the job
	 */
	public synchronized MockReply get(Call call) {
		return JsonReply.ok(job(call).toJson());
	}

	/**
	 * {@code GET .../scheduled-jobs/{job}/runs?limit} → {@code {items}}, newest first.
	 *
	 * @param call the call
	 * @return the runs
	 */
	public synchronized MockReply runs(Call call) {
		ScheduledJob job = job(call);
		int limit = call.intQuery("limit", 20, 1, 100);
		ObjectNode reply = Json.object();
		var items = reply.putArray("items");
		List<JobRun> runs = job.runs;
		for (int i = runs.size() - 1; i >= 0 && items.size() < limit; i--) {
			items.add(runs.get(i).toJson());
		}
		return JsonReply.ok(reply);
	}

	/**
	 * {@code POST .../scheduled-jobs/{job}/dispatch} with {@code dispatch_key} (a repeated key returns the
	 * run it created) and {@code execute} ({@code false} records the run without running the agent).
	 *
	 * @param call the call
	 * @return {@code {run:{...}, replayed}}
	 */
	public synchronized MockReply dispatch(Call call) {
		ScheduledJob job = job(call);
		String dispatchKey = PyValues.optionalString(call.body().get("dispatch_key"));
		if (dispatchKey != null) {
			for (JobRun run : job.runs) {
				if (dispatchKey.equals(run.dispatchKey())) {
					return runReply(run, true);
				}
			}
		}
		requireLive(job, "dispatched");
		boolean execute = !call.body().has("execute") || PyValues.truthy(call.body().get("execute"));
		Instant now = clock.tick();
		String runId = String.format("run_mock_%04d", ++runCount);
		JobRun run;
		if (execute) {
			ObjectNode traceInput = Json.object().put("job_id", job.id).put("run_id", runId);
			String traceId = "trace_mock_" + Digests.sha256Hex(traceInput).substring(0, 16);
			String output = MockText.reply(Objects.requireNonNull(job.field("prompt")), job.targetAppUserId());
			run = new JobRun(runId, job.id, job.projectId, "succeeded", 1, traceId, null, dispatchKey, output, now);
			job.lastRunAt = now;
			job.latestTraceId = traceId;
			job.retryHistory.addObject().put("run_id", runId).put("attempt", 1).put("status", "succeeded")
				.put("at", now.toString());
			usage.recordTurn(job.projectId);
			if (job.schedule instanceof Schedule.Once) {
				job.status = ScheduledJob.COMPLETED;
				job.terminalReason = "completed";
				job.nextRunAt = null;
			}
			else if (job.status.equals(ScheduledJob.ACTIVE) && job.schedule != null) {
				job.nextRunAt = job.schedule.nextRunAfter(now);
			}
		}
		else {
			run = new JobRun(runId, job.id, job.projectId, "recorded", 0, null, "not_executed", dispatchKey, null, now);
		}
		job.runs.add(run);
		job.updatedAt = now;
		return runReply(run, false);
	}

	/**
	 * {@code POST .../scheduled-jobs/{job}/pause}: no further runs until resumed.
	 *
	 * @param call the call
	 * @return the job
	 */
	public synchronized MockReply pause(Call call) {
		ScheduledJob job = job(call);
		requireLive(job, "paused");
		if (!job.status.equals(ScheduledJob.PAUSED)) {
			job.status = ScheduledJob.PAUSED;
			job.nextRunAt = null;
			job.updatedAt = clock.tick();
		}
		return JsonReply.ok(job.toJson());
	}

	/**
	 * {@code POST .../scheduled-jobs/{job}/resume}.
	 *
	 * @param call the call
	 * @return the job, with its next run computed again
	 */
	public synchronized MockReply resume(Call call) {
		ScheduledJob job = job(call);
		requireLive(job, "resumed");
		if (!job.status.equals(ScheduledJob.ACTIVE)) {
			job.status = ScheduledJob.ACTIVE;
			job.updatedAt = clock.tick();
			job.nextRunAt = job.schedule == null ? null : job.schedule.nextRunAfter(job.updatedAt);
		}
		return JsonReply.ok(job.toJson());
	}

	/**
	 * {@code DELETE .../scheduled-jobs/{job}}: cancels; the job and its runs stay readable.
	 *
	 * @param call the call
	 * @return the cancelled job
	 */
	public synchronized MockReply delete(Call call) {
		ScheduledJob job = job(call);
		if (!job.status.equals(ScheduledJob.CANCELLED)) {
			job.status = ScheduledJob.CANCELLED;
			job.terminalReason = "cancelled";
			job.nextRunAt = null;
			job.updatedAt = clock.tick();
		}
		return JsonReply.ok(job.toJson());
	}

	/** Forgets every job and run. */
	public synchronized void reset() {
		jobs.clear();
		runCount = 0;
	}

	private ScheduledJob job(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		ScheduledJob job = jobs.get(call.param("job"));
		if (job == null || !job.projectId.equals(projectId)) {
			throw ApiError.notFound("Scheduled job not found.");
		}
		return job;
	}

	private static void requireLive(ScheduledJob job, String action) {
		if (job.isTerminal()) {
			throw ApiError.of(409, "invalid_job_state",
					"Scheduled job " + job.id + " is " + job.status + " and cannot be " + action + ".");
		}
	}

	private static MockReply runReply(JobRun run, boolean replayed) {
		ObjectNode reply = Json.object();
		reply.set("run", run.toJson());
		reply.put("replayed", replayed);
		return JsonReply.ok(reply);
	}

	private static String requiredText(ObjectNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || !value.isString() || value.stringValue().isBlank()) {
			throw ApiError.invalidRequest(field + " is required.");
		}
		return value.stringValue();
	}

	private static ObjectNode objectField(ObjectNode body, String field) {
		JsonNode value = body.get(field);
		if (value != null && !value.isNull() && !value.isObject()) {
			throw ApiError.invalidRequest(field + " must be an object.");
		}
		return Json.objectOrEmpty(value);
	}

	private static int maxTokens(JsonNode value) {
		if (value == null || value.isNull()) {
			return 2000;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
			throw ApiError.invalidRequest("max_tokens must be a whole number of at least 1.");
		}
		return value.intValue();
	}

}
