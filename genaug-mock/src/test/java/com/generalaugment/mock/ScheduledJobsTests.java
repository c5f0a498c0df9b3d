package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;

/** The scheduled-job lifecycle end to end over HTTP. */
class ScheduledJobsTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final String JOBS = "/api/v1/admin/projects/proj_mock/scheduled-jobs";

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void lifecycleFromCreateToDelete() {
		JsonNode job = http.adminPost(JOBS, """
                {"name":"Daily digest","target_app_user_id":"user-1","prompt":"Summarise my day",
                 "schedule":{"type":"interval","every_seconds":3600}}""").json();
		String id = job.get("id").stringValue();
		assertThat(id).isEqualTo("job_mock_0001");
		assertThat(job.get("status").stringValue()).isEqualTo("active");
		assertThat(job.get("created_at").stringValue()).isEqualTo("2026-01-01T00:00:01Z");
		assertThat(job.get("next_run_at").stringValue()).isEqualTo("2026-01-01T01:00:01Z");
		assertThat(job.get("last_run_at").isNull()).isTrue();
		assertThat(job.get("linked_run_ids").isEmpty()).isTrue();
		assertThat(job.get("max_tokens").intValue()).isEqualTo(2000);
		assertThat(job.get("response_format").stringValue()).isEqualTo("text");

		JsonNode run = http.adminPost(JOBS + "/" + id + "/dispatch", "{\"dispatch_key\":\"d-1\"}").json().get("run");
		assertThat(run.get("id").stringValue()).isEqualTo("run_mock_0001");
		assertThat(run.get("status").stringValue()).isEqualTo("succeeded");
		assertThat(run.get("attempt_count").intValue()).isEqualTo(1);
		assertThat(run.get("trace_id").stringValue()).startsWith("trace_mock_");
		assertThat(run.get("terminal_reason").isNull()).isTrue();
		assertThat(run.get("output_text").stringValue()).isEqualTo("Mock General Augment response for user-1: Summarise my day");

		Reply replay = http.adminPost(JOBS + "/" + id + "/dispatch", "{\"dispatch_key\":\"d-1\"}");
		assertThat(replay.json().get("run")).isEqualTo(run);
		assertThat(replay.json().get("replayed").booleanValue()).isTrue();

		JsonNode recorded = http.adminPost(JOBS + "/" + id + "/dispatch", "{\"execute\":false}").json().get("run");
		assertThat(recorded.get("status").stringValue()).isEqualTo("recorded");
		assertThat(recorded.get("attempt_count").intValue()).isZero();
		assertThat(recorded.get("trace_id").isNull()).isTrue();

		JsonNode afterRuns = http.adminGet(JOBS + "/" + id).json();
		assertThat(afterRuns.get("linked_run_ids")).extracting(JsonNode::stringValue).containsExactly("run_mock_0001", "run_mock_0002");
		assertThat(afterRuns.get("latest_trace_id")).isEqualTo(run.get("trace_id"));
		assertThat(afterRuns.get("last_run_at").stringValue()).isEqualTo(run.get("created_at").stringValue());
		assertThat(afterRuns.get("retry_history")).hasSize(1);

		JsonNode paused = http.adminPost(JOBS + "/" + id + "/pause", "").json();
		assertThat(paused.get("status").stringValue()).isEqualTo("paused");
		assertThat(paused.get("next_run_at").isNull()).isTrue();
		assertThat(http.adminGet(JOBS + "?status=paused").json().get("items")).hasSize(1);
		assertThat(http.adminGet(JOBS + "?status=active").json().get("items")).isEmpty();

		JsonNode resumed = http.adminPost(JOBS + "/" + id + "/resume", "").json();
		assertThat(resumed.get("status").stringValue()).isEqualTo("active");
		assertThat(resumed.get("next_run_at").isNull()).isFalse();

		JsonNode deleted = http.adminDelete(JOBS + "/" + id).json();
		assertThat(deleted.get("status").stringValue()).isEqualTo("cancelled");
		assertThat(deleted.get("terminal_reason").stringValue()).isEqualTo("cancelled");
		assertThat(http.adminGet(JOBS + "/" + id).json().get("status").stringValue()).isEqualTo("cancelled");
		assertThat(http.adminGet(JOBS + "/" + id + "/runs").json().get("items"))
			.extracting(r -> r.get("id").stringValue()).containsExactly("run_mock_0002", "run_mock_0001");
		Reply lateDispatch = http.adminPost(JOBS + "/" + id + "/dispatch", "{}");
		assertThat(lateDispatch.status()).isEqualTo(409);
		assertThat(lateDispatch.json().get("reason").stringValue()).isEqualTo("invalid_job_state");
		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/usage").json().at("/totals/agent_turns_count").intValue())
			.isEqualTo(1);
	}

	@Test
	void cronAndOnceSchedules() {
		JsonNode cron = http.adminPost(JOBS, """
                {"target_app_user_id":"u","prompt":"p","schedule":{"type":"cron","expression":"30 9 * * MON-FRI",
                 "timezone":"Europe/Paris"}}""").json();
		JsonNode once = http.adminPost(JOBS, """
                {"target_app_user_id":"u","prompt":"p","schedule":{"type":"once","at":"2026-03-01T08:00:00+01:00"}}""").json();

		// 2026-01-01 is a Thursday: the first 09:30 Paris (08:30 UTC) weekday run after 00:00:01Z is that day.
		assertThat(cron.get("next_run_at").stringValue()).isEqualTo("2026-01-01T08:30:00Z");
		assertThat(cron.at("/schedule/timezone").stringValue()).isEqualTo("Europe/Paris");
		assertThat(once.get("next_run_at").stringValue()).isEqualTo("2026-03-01T07:00:00Z");

		String onceId = once.get("id").stringValue();
		http.adminPost(JOBS + "/" + onceId + "/dispatch", "{}");
		JsonNode done = http.adminGet(JOBS + "/" + onceId).json();
		assertThat(done.get("status").stringValue()).isEqualTo("completed");
		assertThat(done.get("next_run_at").isNull()).isTrue();
	}

	@Test
	void listFiltersAndPages() {
		for (String user : new String[] {"a", "b", "a"}) {
			http.adminPost(JOBS, "{\"target_app_user_id\":\"" + user + "\",\"prompt\":\"p\"}");
		}

		assertThat(http.adminGet(JOBS + "?target_app_user_id=a").json().get("items")).hasSize(2);
		assertThat(http.adminGet(JOBS + "?limit=1&offset=1").json().at("/items/0/id").stringValue()).isEqualTo("job_mock_0002");
		assertThat(http.adminGet(JOBS + "?limit=0").status()).isEqualTo(422);
		assertThat(http.adminGet(JOBS + "?limit=201").status()).isEqualTo(422);
	}

	@Test
	void invalidSchedulesAndFieldsAreRejected() {
		String[] bodies = {
			"{\"prompt\":\"p\"}",
			"{\"target_app_user_id\":\"u\"}",
			"{\"target_app_user_id\":\"u\",\"prompt\":\"p\",\"schedule\":{\"type\":\"interval\",\"every_seconds\":0}}",
			"{\"target_app_user_id\":\"u\",\"prompt\":\"p\",\"schedule\":{\"type\":\"cron\",\"expression\":\"61 * * * *\"}}",
			"{\"target_app_user_id\":\"u\",\"prompt\":\"p\",\"schedule\":{\"type\":\"cron\",\"expression\":\"0 0 30 2 *\"}}",
			"{\"target_app_user_id\":\"u\",\"prompt\":\"p\",\"schedule\":{\"type\":\"cron\",\"expression\":\"* * * * *\",\"timezone\":\"Mars/Base\"}}",
			"{\"target_app_user_id\":\"u\",\"prompt\":\"p\",\"schedule\":{\"type\":\"once\",\"at\":\"tomorrow\"}}",
			"{\"target_app_user_id\":\"u\",\"prompt\":\"p\",\"schedule\":{\"type\":\"weekly\"}}",
			"{\"target_app_user_id\":\"u\",\"prompt\":\"p\",\"response_format\":\"xml\"}",
		};
		for (String body : bodies) {
			Reply reply = http.adminPost(JOBS, body);
			assertThat(reply.status()).as(body).isEqualTo(422);
			assertThat(reply.json().get("reason").stringValue()).isEqualTo("invalid_request");
		}
	}

	@Test
	void unknownProjectOrJobIsNotFound() {
		assertThat(http.adminPost("/api/v1/admin/projects/nope/scheduled-jobs", "{\"target_app_user_id\":\"u\",\"prompt\":\"p\"}").status())
			.isEqualTo(404);
		assertThat(http.adminGet(JOBS + "/job_mock_9999").json().get("message").stringValue()).isEqualTo("Scheduled job not found.");
	}

}
