package com.generalaugment.client.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled-job lifecycle (contract §2), with the admin key.
 */
class ScheduledJobAdminTests extends AdminTestSupport {

	static final String JOBS = "/api/v1/admin/projects/proj%2F1/scheduled-jobs";

	static final String JOB_JSON = """
			{"id": "job 1", "project_id": "proj/1", "name": "Account review", "status": "active",
			 "target_app_user_id": "app-user-123", "target_channel": "in_app",
			 "prompt": "Review this account and summarize the next action.",
			 "schedule": {"type": "interval", "every_seconds": 3600},
			 "next_run_at": "2026-04-01T11:00:00Z", "last_run_at": "2026-04-01T10:00:00.250000",
			 "latest_trace_id": "trace_9", "linked_run_ids": ["run_1", "run_2"], "terminal_reason": null,
			 "retry_history": [{"run_id": "run_2", "attempt": 2, "status": "succeeded"}],
			 "max_tokens": 2000, "created_at": 1775030400, "owner_team": "support"}
			""";

	@Test
	void createScheduledJobSendsEveryFieldAndMapsTheJob() {
		stub(post(JOBS).willReturn(okJson(JOB_JSON)));

		ScheduledJob job = client().project("proj/1").scheduledJobs().create(ScheduledJobCreateParams.builder()
			.targetAppUserId("app-user-123")
			.prompt("Review this account and summarize the next action.")
			.schedule(Schedule.interval(Duration.ofHours(1)))
			.name("Account review")
			.targetChannel("in_app")
			.instructions("Be brief.")
			.context(Map.of("account_id", "acc_1"))
			.tools(List.of("orders.lookup"))
			.retryPolicy(Map.of("max_attempts", 3))
			.maxTokens(800)
			.responseFormat("json")
			.build());

		verify(postRequestedFor(urlEqualTo(JOBS)).withRequestBody(equalToJson("""
				{"target_app_user_id": "app-user-123", "prompt": "Review this account and summarize the next action.",
				 "schedule": {"type": "interval", "every_seconds": 3600}, "name": "Account review",
				 "target_channel": "in_app", "instructions": "Be brief.", "context": {"account_id": "acc_1"},
				 "tools": ["orders.lookup"], "retry_policy": {"max_attempts": 3}, "max_tokens": 800,
				 "response_format": "json"}
				""")));
		assertThat(job.id()).isEqualTo("job 1");
		assertThat(job.projectId()).isEqualTo("proj/1");
		assertThat(job.name()).isEqualTo("Account review");
		assertThat(job.status()).isEqualTo("active");
		assertThat(job.targetAppUserId()).isEqualTo("app-user-123");
		assertThat(job.targetChannel()).isEqualTo("in_app");
		assertThat(job.schedule()).isEqualTo(Schedule.interval(3600));
		assertThat(job.nextRunAt()).isEqualTo(Instant.parse("2026-04-01T11:00:00Z"));
		assertThat(job.lastRunAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00.250Z"));
		assertThat(job.createdAt()).isEqualTo(Instant.ofEpochSecond(1775030400));
		assertThat(job.latestTraceId()).isEqualTo("trace_9");
		assertThat(job.linkedRunIds()).containsExactly("run_1", "run_2");
		assertThat(job.terminalReason()).isNull();
		assertThat(job.retryHistory()).singleElement()
			.satisfies((attempt) -> assertThat(attempt.get("attempt").asInt()).isEqualTo(2));
		assertThat(job.raw().get("owner_team").stringValue()).isEqualTo("support");
	}

	@Test
	void createScheduledJobSendsOnlyTheRequiredFieldsWhenNothingElseIsSet() {
		stub(post(JOBS).willReturn(okJson(JOB_JSON)));

		client().project("proj/1").scheduledJobs().create(ScheduledJobCreateParams.builder().targetAppUserId("app-user-123").prompt("Check in.").build());

		verify(postRequestedFor(urlEqualTo(JOBS))
			.withRequestBody(equalToJson("{\"target_app_user_id\": \"app-user-123\", \"prompt\": \"Check in.\"}")));
	}

	@Test
	void cronScheduleDefaultsToUtcAndOnceIsSentAsIso8601() {
		stub(post(JOBS).willReturn(okJson(JOB_JSON)));
		var request = ScheduledJobCreateParams.builder().targetAppUserId("u1").prompt("p");

		client().project("proj/1").scheduledJobs().create(request.schedule(Schedule.cron("0 9 * * MON-FRI")).build());
		client().project("proj/1").scheduledJobs().create(request.schedule(Schedule.cron("0 9 * * *", ZoneId.of("Europe/Paris"))).build());
		client().project("proj/1").scheduledJobs().create(request.schedule(Schedule.once(Instant.parse("2026-06-01T09:00:00Z"))).build());

		verify(postRequestedFor(urlEqualTo(JOBS)).withRequestBody(equalToJson(
				"{\"schedule\": {\"type\": \"cron\", \"expression\": \"0 9 * * MON-FRI\", \"timezone\": \"UTC\"}}",
				false, true)));
		verify(postRequestedFor(urlEqualTo(JOBS)).withRequestBody(equalToJson(
				"{\"schedule\": {\"type\": \"cron\", \"expression\": \"0 9 * * *\", \"timezone\": \"Europe/Paris\"}}",
				false, true)));
		verify(postRequestedFor(urlEqualTo(JOBS)).withRequestBody(equalToJson(
				"{\"schedule\": {\"type\": \"once\", \"at\": \"2026-06-01T09:00:00Z\"}}", false, true)));
	}

	@Test
	void listScheduledJobsSendsFiltersAndUnwrapsItems() {
		stub(get(urlPathEqualTo(JOBS)).willReturn(okJson("{\"items\": [" + JOB_JSON + "], \"next_offset\": null}")));

		List<ScheduledJob> jobs = client().project("proj/1").scheduledJobs().list(ScheduledJobListParams.builder().status("active").targetAppUserId("app user").limit(200).offset(0).build());

		verify(getRequestedFor(
				urlEqualTo(JOBS + "?status=active&target_app_user_id=app%20user&limit=200&offset=0")));
		assertThat(jobs).extracting(ScheduledJob::id).containsExactly("job 1");
	}

	@Test
	void listScheduledJobsOmitsAbsentFilters() {
		stub(get(urlPathEqualTo(JOBS)).willReturn(okJson("{\"items\": []}")));

		assertThat(client().project("proj/1").scheduledJobs().list()).isEmpty();

		verify(getRequestedFor(urlEqualTo(JOBS)));
	}

	@Test
	void getScheduledJobEncodesBothIds() {
		stub(get(JOBS + "/job%201").willReturn(okJson(JOB_JSON)));

		assertThat(client().project("proj/1").scheduledJobs().get("job 1").name()).isEqualTo("Account review");

		verify(getRequestedFor(urlEqualTo(JOBS + "/job%201")));
	}

	@Test
	void listScheduledJobRunsSendsTheLimitAndMapsRuns() {
		stub(get(urlPathEqualTo(JOBS + "/job%201/runs")).willReturn(okJson("""
				{"items": [{"id": "run_2", "job_id": "job 1", "status": "failed", "attempt_count": 3,
				            "trace_id": "trace_9", "terminal_reason": "agent_failed",
				            "created_at": "2026-04-01T10:00:00Z", "error": {"reason": "agent_failed"}}]}
				""")));

		List<ScheduledJobRun> runs = client().project("proj/1").scheduledJobs().runs("job 1", ScheduledJobRunListParams.builder().limit(100).build());

		verify(getRequestedFor(urlEqualTo(JOBS + "/job%201/runs?limit=100")));
		assertThat(runs).singleElement().satisfies((run) -> {
			assertThat(run.id()).isEqualTo("run_2");
			assertThat(run.jobId()).isEqualTo("job 1");
			assertThat(run.status()).isEqualTo("failed");
			assertThat(run.attemptCount()).isEqualTo(3);
			assertThat(run.traceId()).isEqualTo("trace_9");
			assertThat(run.terminalReason()).isEqualTo("agent_failed");
			assertThat(run.createdAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
			assertThat(run.raw().get("error").get("reason").stringValue()).isEqualTo("agent_failed");
		});
	}

	@Test
	void dispatchScheduledJobSendsTheKeyAndUnwrapsTheRun() {
		stub(post(JOBS + "/job%201/dispatch").willReturn(okJson("""
				{"run": {"id": "run_3", "status": "recorded", "attempt_count": 0, "trace_id": null,
				         "terminal_reason": "not_executed", "dispatch_key": "operator-smoke-1"},
				 "replayed": false}
				""")));

		ScheduledJobRun run = client().project("proj/1").scheduledJobs().dispatch("job 1", ScheduledJobDispatchParams.builder().dispatchKey("operator-smoke-1").execute(false).build());

		verify(postRequestedFor(urlEqualTo(JOBS + "/job%201/dispatch"))
			.withRequestBody(equalToJson("{\"dispatch_key\": \"operator-smoke-1\", \"execute\": false}")));
		assertThat(run.id()).isEqualTo("run_3");
		assertThat(run.status()).isEqualTo("recorded");
		assertThat(run.attemptCount()).isZero();
		assertThat(run.terminalReason()).isEqualTo("not_executed");
		assertThat(run.dispatchKey()).isEqualTo("operator-smoke-1");
	}

	@Test
	void dispatchScheduledJobWithoutAKeyOmitsIt() {
		stub(post(JOBS + "/job%201/dispatch").willReturn(okJson("{\"run\": {\"id\": \"run_4\"}}")));

		assertThat(client().project("proj/1").scheduledJobs().dispatch("job 1", ScheduledJobDispatchParams.builder().dispatchKey(null).execute(true).build()).id()).isEqualTo("run_4");

		verify(postRequestedFor(urlEqualTo(JOBS + "/job%201/dispatch"))
			.withRequestBody(equalToJson("{\"execute\": true}")));
	}

	@Test
	void pauseAndResumePostWithoutABody() {
		stub(post(JOBS + "/job%201/pause").willReturn(okJson("{\"id\": \"job 1\", \"status\": \"paused\"}")));
		stub(post(JOBS + "/job%201/resume").willReturn(okJson(JOB_JSON)));

		assertThat(client().project("proj/1").scheduledJobs().pause("job 1").status()).isEqualTo("paused");
		assertThat(client().project("proj/1").scheduledJobs().resume("job 1").status()).isEqualTo("active");

		verify(postRequestedFor(urlEqualTo(JOBS + "/job%201/pause")).withHeader("Content-Type", absent()));
		verify(postRequestedFor(urlEqualTo(JOBS + "/job%201/resume")).withHeader("Content-Type", absent()));
		assertThat(this.server.findAll(postRequestedFor(urlPathEqualTo(JOBS + "/job%201/pause")))).singleElement()
			.satisfies((request) -> assertThat(request.getBody()).isEmpty());
	}

	@Test
	void deleteScheduledJobReadsANoContentReplyAsAnEmptyJob() {
		stub(delete(JOBS + "/job%201").willReturn(aResponse().withStatus(204)));

		ScheduledJob job = client().project("proj/1").scheduledJobs().delete("job 1");

		verify(deleteRequestedFor(urlEqualTo(JOBS + "/job%201")));
		assertThat(job.id()).isNull();
		assertThat(job.linkedRunIds()).isEmpty();
		assertThat(job.raw().isEmpty()).isTrue();
	}

	@Test
	void deleteScheduledJobReturnsTheCancelledJob() {
		stub(delete(JOBS + "/job%201").willReturn(
				okJson("{\"id\": \"job 1\", \"status\": \"cancelled\", \"terminal_reason\": \"cancelled\"}")));

		ScheduledJob job = client().project("proj/1").scheduledJobs().delete("job 1");

		assertThat(job.status()).isEqualTo("cancelled");
		assertThat(job.terminalReason()).isEqualTo("cancelled");
	}

	@Test
	void jobCallsWithoutAProjectIdUseTheDefaultProject() {
		stub(get(JOBS + "/job%201").willReturn(okJson(JOB_JSON)));
		stub(post(JOBS + "/job%201/pause").willReturn(okJson(JOB_JSON)));

		var client = builder().projectId("proj/1").build();
		client.project().scheduledJobs().get("job 1");
		client.project().scheduledJobs().pause("job 1");

		verify(getRequestedFor(urlEqualTo(JOBS + "/job%201")));
		verify(postRequestedFor(urlEqualTo(JOBS + "/job%201/pause")));
	}

	@Test
	void unknownOrInvalidSchedulesReadAsNull() {
		assertThat(new ScheduledJob(json("{\"schedule\": {\"type\": \"lunar\"}}")).schedule()).isNull();
		assertThat(new ScheduledJob(json("{\"schedule\": {\"type\": \"interval\", \"every_seconds\": 0}}")).schedule())
			.isNull();
		assertThat(new ScheduledJob(json("{\"schedule\": {\"type\": \"cron\", \"expression\": \"@daily\"}}")).schedule())
			.isEqualTo(Schedule.cron("@daily"));
	}

	private static JsonNode json(String text) {
		return JsonValues.DEFAULT_MAPPER.readTree(text);
	}

}
