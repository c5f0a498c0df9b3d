package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A project's logs, observability, runs, traces, support bundle, channel status and tool-call audit. */
class ProjectOpsRoutesTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final String DEMO = "proj_mock_07b46dca9c05";

	private static final String P = "/api/v1/admin/projects/" + DEMO;

	/** U("proj_mock_07b46dca9c05:session") and U("proj_mock_07b46dca9c05:user"), computed with Python's uuid5. */
	private static final String SESSION = "c886c029-4b9d-5617-a473-3a0c4e23c01d";

	private static final String USER = "e04c6f9f-5e49-51cd-9c2f-1d48ef89db81";

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void hostedTestTurnIsLoggedWithTheContractsIds() {
		deploy("metadata: {name: demo-app}\n");

		JsonNode result = test("hello there");
		JsonNode rows = http.adminGet(P + "/logs").json().get("items");

		assertThat(result.at("/metadata/trace_id").stringValue()).isEqualTo("trace_mock_743c53f7a4777926");
		assertThat(result.at("/metadata/response_id").stringValue()).isEqualTo("resp_mock_743c53f7a4777926");
		assertThat(rows).hasSize(2);
		JsonNode user = rows.get(0);
		assertThat(user.get("id").stringValue()).isEqualTo("msg_mock_d773fa185264");
		assertThat(user.get("role").stringValue()).isEqualTo("user");
		assertThat(user.get("content").stringValue()).isEqualTo("hello there");
		assertThat(user.get("created_at").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
		assertThat(user.get("session_id").stringValue()).isEqualTo(SESSION);
		assertThat(user.get("user_id").stringValue()).isEqualTo(USER);
		assertThat(user.get("observability_trace_id").stringValue()).isEqualTo("trace_mock_743c53f7a4777926");
		assertThat(user.get("model_used").isNull()).isTrue();
		assertThat(user.get("cost_usd").isNull()).isTrue();
		JsonNode assistant = rows.get(1);
		assertThat(assistant.get("id").stringValue()).isEqualTo("msg_mock_e3fc155d5212");
		assertThat(assistant.get("role").stringValue()).isEqualTo("assistant");
		assertThat(assistant.get("content").stringValue())
			.isEqualTo("Mock General Augment response for mock-admin-user: hello there");
		assertThat(assistant.get("model_used").stringValue()).isEqualTo("mock/balanced");
		assertThat(assistant.get("cost_usd").doubleValue()).isZero();
		assertThat(assistant.get("cost_usd").isDouble()).isTrue();
	}

	@Test
	void responsesNamingAProjectAreLoggedButNotOthersOrReplays() {
		deploy("metadata: {name: demo-app}\n");
		JsonNode response = http.post("/v1/responses", "{\"input\":\"hi from app\",\"user\":\"u1\"}", "X-Project-ID", DEMO,
				"X-Idempotency-Key", "k-1").json();
		http.post("/v1/responses", "{\"input\":\"hi from app\",\"user\":\"u1\"}", "X-Project-ID", DEMO,
				"X-Idempotency-Key", "k-1");
		http.post("/v1/responses", "{\"input\":\"no project\"}");

		JsonNode rows = http.adminGet(P + "/logs").json().get("items");

		assertThat(rows).extracting(row -> row.get("role").stringValue()).containsExactly("user", "assistant");
		assertThat(rows.get(0).get("content").stringValue()).isEqualTo("hi from app");
		assertThat(rows.get(1).get("content").stringValue()).isEqualTo("Mock General Augment response for u1: hi from app");
		assertThat(rows.get(1).get("observability_trace_id").stringValue())
			.isEqualTo(response.at("/metadata/general_augment_trace_id").stringValue());
		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/logs").json().get("items").isEmpty()).isTrue();
	}

	@Test
	void logsKeepTheLastLimitRowsAndUnknownProjectsHaveNone() {
		deploy("metadata: {name: demo-app}\n");
		test("one");
		test("two");
		test("three");

		assertThat(logContents("")).containsExactly("one", "Mock General Augment response for mock-admin-user: one", "two",
				"Mock General Augment response for mock-admin-user: two", "three",
				"Mock General Augment response for mock-admin-user: three");
		assertThat(logContents("?limit=2")).containsExactly("three", "Mock General Augment response for mock-admin-user: three");
		assertThat(logContents("?limit=0")).containsExactly("Mock General Augment response for mock-admin-user: three");
		assertThat(logContents("?limit=-4")).hasSize(1);
		assertThat(logContents("?limit=abc")).hasSize(6);
		assertThat(logContents("?limit=2.5")).hasSize(6);
		Reply unknown = http.adminGet("/api/v1/admin/projects/proj_nope/logs");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.json().get("items").isEmpty()).isTrue();
	}

	@Test
	void observabilityListsEveryTraceInRecordingOrder() {
		deploy("metadata: {name: demo-app}\n");
		JsonNode first = test("one");
		JsonNode second = http.post("/v1/responses", "{\"input\":\"two\"}", "X-Project-ID", DEMO).json();

		JsonNode overview = http.adminGet(P + "/observability?limit=1").json();

		assertThat(overview.get("langfuse_enabled").booleanValue()).isFalse();
		assertThat(overview.get("langfuse_project_id").isNull()).isTrue();
		assertThat(overview.get("langfuse_url").isNull()).isTrue();
		assertThat(overview.get("traces")).extracting(trace -> trace.get("trace_id").stringValue()).containsExactly(
				first.at("/metadata/trace_id").stringValue(), second.at("/metadata/general_augment_trace_id").stringValue());
		assertThat(overview.at("/traces/1/response_id").stringValue()).isEqualTo(second.get("id").stringValue());
		assertThat(overview.at("/metrics/trace_count").intValue()).isEqualTo(2);
		assertThat(overview.at("/model_distribution/0/model").stringValue()).isEqualTo("mock/balanced");
		assertThat(overview.at("/model_distribution/0/count").intValue()).isEqualTo(2);
		assertThat(overview.get("messages_over_time").isEmpty()).isTrue();
		assertThat(overview.get("tool_usage").isEmpty()).isTrue();
	}

	@Test
	void observabilityOfAProjectWithoutTracesCountsZero() {
		Reply reply = http.adminGet("/api/v1/admin/projects/proj_nope/observability");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("traces").isEmpty()).isTrue();
		assertThat(reply.json().at("/metrics/trace_count").intValue()).isZero();
		assertThat(reply.json().get("model_distribution")).hasSize(1);
		assertThat(reply.json().at("/model_distribution/0/count").intValue()).isZero();
	}

	@Test
	void hostedTestTurnLeadsToItsRunTimeline() {
		deploy("metadata: {name: demo-app}\n");

		JsonNode result = test("hello there");
		String runId = result.at("/metadata/agent_run_id").stringValue();
		JsonNode run = http.adminGet(P + "/runs/" + runId).json();

		assertThat(runId).isEqualTo("run_mock_743c53f7a4777926");
		assertThat(run.get("id").stringValue()).isEqualTo(runId);
		assertThat(run.get("status").stringValue()).isEqualTo("completed");
		assertThat(run.get("response_id").stringValue()).isEqualTo("resp_mock_743c53f7a4777926");
		assertThat(run.get("trace_id").stringValue()).isEqualTo("trace_mock_743c53f7a4777926");
		assertThat(run.get("model_used").stringValue()).isEqualTo("mock/balanced");
		assertThat(run.get("user_id").stringValue()).isEqualTo(USER);
		assertThat(run.get("session_id").stringValue()).isEqualTo(SESSION);
		assertThat(run.get("steps")).hasSize(1);
		assertThat(run.at("/steps/0/index").intValue()).isZero();
		assertThat(run.at("/steps/0/type").stringValue()).isEqualTo("model_call");
		assertThat(run.at("/steps/0/status").stringValue()).isEqualTo("completed");
		assertThat(run.at("/steps/0/model").stringValue()).isEqualTo("mock/balanced");
		assertThat(run.get("platform_events").isEmpty()).isTrue();
		assertThat(run.get("run_events")).extracting(event -> event.get("type").stringValue())
			.containsExactly("run.started", "run.completed");
		assertThat(run.get("run_events")).extracting(event -> event.get("sequence").intValue()).containsExactly(0, 1);
		assertThat(run.at("/run_events/1/created_at").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void unknownRunsAndProjectsAreNotFound() {
		deploy("metadata: {name: demo-app}\n");

		Reply run = http.adminGet(P + "/runs/run_mock_nope");
		Reply project = http.adminGet("/api/v1/admin/projects/proj_nope/runs/run_mock_nope");
		Reply list = http.adminGet("/api/v1/admin/projects/proj_nope/runs");

		assertThat(run.status()).isEqualTo(404);
		assertThat(run.json().get("reason").stringValue()).isEqualTo("not_found");
		assertThat(run.json().get("message").stringValue()).isEqualTo("Run not found.");
		assertThat(project.status()).isEqualTo(404);
		assertThat(project.json().get("message").stringValue()).isEqualTo("Project not found.");
		assertThat(list.status()).isEqualTo(404);
	}

	@Test
	void runsAreListedNewestFirstAndFiltered() {
		deploy("metadata: {name: demo-app}\n");
		JsonNode first = test("one");
		JsonNode second = test("two");
		String firstRun = first.at("/metadata/agent_run_id").stringValue();
		String secondRun = second.at("/metadata/agent_run_id").stringValue();

		JsonNode all = http.adminGet(P + "/runs").json().get("items");

		assertThat(all).extracting(run -> run.get("id").stringValue()).containsExactly(secondRun, firstRun);
		assertThat(all.get(0).get("latency_ms").intValue()).isZero();
		assertThat(all.get(0).get("model_used").stringValue()).isEqualTo("mock/balanced");
		assertThat(all.get(0).get("status").stringValue()).isEqualTo("completed");
		assertThat(runIds("?limit=1")).containsExactly(secondRun);
		assertThat(runIds("?trace_id=" + first.at("/metadata/trace_id").stringValue())).containsExactly(firstRun);
		assertThat(runIds("?response_id=" + second.at("/metadata/response_id").stringValue())).containsExactly(secondRun);
		assertThat(runIds("?status=completed")).hasSize(2);
		assertThat(runIds("?status=failed")).isEmpty();
		test("one");
		assertThat(runIds("")).containsExactly(firstRun, secondRun);
	}

	@Test
	void tracesOfTestTurnsAndProjectResponsesAreReadable() {
		deploy("metadata: {name: demo-app}\n");
		JsonNode hosted = test("hello there");
		JsonNode response = http.post("/v1/responses", "{\"input\":\"count these four words\",\"model\":\"complex\"}",
				"X-Project-ID", DEMO).json();

		JsonNode testTrace = http.adminGet(P + "/traces/trace_mock_743c53f7a4777926").json();
		String responseTraceId = response.at("/metadata/general_augment_trace_id").stringValue();
		JsonNode responseTrace = http.adminGet(P + "/traces/" + responseTraceId).json();
		Reply unknown = http.adminGet(P + "/traces/trace_mock_nope");

		assertThat(hosted.at("/metadata/trace_id").stringValue()).isEqualTo("trace_mock_743c53f7a4777926");
		assertThat(testTrace.get("trace_id").stringValue()).isEqualTo("trace_mock_743c53f7a4777926");
		assertThat(testTrace.get("id").stringValue()).isEqualTo("trace_mock_743c53f7a4777926");
		assertThat(testTrace.get("user_id").stringValue()).isEqualTo(USER);
		assertThat(testTrace.get("session_id").stringValue()).isEqualTo(SESSION);
		assertThat(testTrace.get("model_used").stringValue()).isEqualTo("mock/balanced");
		assertThat(testTrace.get("input_tokens").intValue()).isEqualTo(2);
		assertThat(testTrace.get("output_tokens").intValue()).isEqualTo(8);
		assertThat(testTrace.get("cost_usd").doubleValue()).isZero();
		assertThat(testTrace.get("latency_ms").intValue()).isZero();
		assertThat(testTrace.get("langfuse_url").isNull()).isTrue();
		assertThat(responseTrace.get("model_used").stringValue()).isEqualTo("mock/complex");
		assertThat(responseTrace.get("input_tokens").intValue()).isEqualTo(response.at("/usage/input_tokens").intValue())
			.isEqualTo(4);
		assertThat(responseTrace.get("output_tokens").intValue()).isEqualTo(response.at("/usage/output_tokens").intValue());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("message").stringValue()).isEqualTo("Trace not found.");
		assertThat(http.adminGet("/api/v1/admin/projects/proj_nope/traces/x").json().get("message").stringValue())
			.isEqualTo("Project not found.");
	}

	@Test
	void supportBundleGathersTracesRunsAndCounts() {
		deploy("metadata: {name: demo-app}\n");
		JsonNode first = test("one");
		test("two");
		http.post("/v1/responses", "{\"input\":\"three\"}", "X-Project-ID", DEMO);

		JsonNode bundle = http.adminGet(P + "/observability/support-bundle").json();
		JsonNode filtered = http.adminGet(P + "/observability/support-bundle?trace_id="
				+ first.at("/metadata/trace_id").stringValue() + "&feature=x&source=y&start=2026-01-01&end=2026-01-02").json();
		JsonNode limited = http.adminGet(P + "/observability/support-bundle?limit=1&status=completed&user_id=" + USER
				+ "&session_id=" + SESSION).json();

		assertThat(bundle.get("project_id").stringValue()).isEqualTo(DEMO);
		assertThat(bundle.get("generated_at").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
		assertThat(bundle.at("/metrics/trace_count").intValue()).isEqualTo(3);
		assertThat(bundle.at("/metrics/run_count").intValue()).isEqualTo(2);
		assertThat(bundle.at("/metrics/log_count").intValue()).isEqualTo(6);
		assertThat(bundle.get("traces")).hasSize(3);
		assertThat(bundle.at("/traces/0/trace_id").stringValue()).isEqualTo(first.at("/metadata/trace_id").stringValue());
		assertThat(bundle.at("/traces/0/response_id").stringValue()).isEqualTo(first.at("/metadata/response_id").stringValue());
		assertThat(bundle.get("runs")).extracting(run -> run.get("trace_id").stringValue()).hasSize(2);
		assertThat(filtered.get("traces")).hasSize(1);
		assertThat(filtered.get("runs")).extracting(run -> run.get("id").stringValue())
			.containsExactly(first.at("/metadata/agent_run_id").stringValue());
		assertThat(filtered.at("/metrics/trace_count").intValue()).isEqualTo(3);
		assertThat(limited.get("traces")).hasSize(1);
		assertThat(limited.at("/traces/0/input_tokens").intValue()).isEqualTo(1);
		assertThat(limited.get("runs")).hasSize(1);
		assertThat(http.adminGet(P + "/observability/support-bundle?user_id=someone-else").json().get("traces").isEmpty())
			.isTrue();
		assertThat(http.adminGet("/api/v1/admin/projects/proj_nope/observability/support-bundle").status()).isEqualTo(404);
	}

	@Test
	void channelStatusFollowsTheDeployedManifest() {
		deploy("""
                metadata: {name: demo-app}
                channels:
                  whatsapp: {phone_number_id: '123'}
                  telegram: {}
                  sms: not-a-mapping
                """);

		JsonNode status = http.adminGet(P + "/channels/status").json();
		JsonNode channels = status.get("channels");

		assertThat(status.get("project_id").stringValue()).isEqualTo(DEMO);
		assertThat(channels).extracting(row -> row.get("channel").stringValue())
			.containsExactly("in_app", "whatsapp", "telegram", "sms");
		assertThat(channels).extracting(row -> row.get("label").stringValue())
			.containsExactly("In-app", "WhatsApp", "Telegram", "SMS");
		assertThat(channels).extracting(row -> row.get("status").stringValue())
			.containsExactly("configured", "configured", "open", "open");
		assertThat(channels).extracting(row -> row.get("delivery").stringValue())
			.containsExactly("available", "available", "not_configured", "not_configured");
		assertThat(channels.at("/0/sender").stringValue()).isEqualTo("local-mock:in_app");
		assertThat(channels.at("/1/sender").stringValue()).isEqualTo("local-mock:whatsapp");
		assertThat(channels.at("/2/sender").isNull()).isTrue();
		assertThat(channels).allSatisfy(row -> {
			assertThat(row.get("provider_status").stringValue()).isEqualTo("local_mock");
			assertThat(row.get("last_message_at").isNull()).isTrue();
			assertThat(row.get("message_count_24h").intValue()).isZero();
			assertThat(row.get("details").isObject()).isTrue();
			assertThat(row.get("details").isEmpty()).isTrue();
		});
	}

	@Test
	void toolCallAuditIsAlwaysEmpty() {
		JsonNode audit = http.adminGet("/api/v1/admin/projects/proj_mock/audit/tool-calls?limit=5").json();

		assertThat(audit.get("items").isArray()).isTrue();
		assertThat(audit.get("items").isEmpty()).isTrue();
		assertThat(audit.has("next_cursor")).isTrue();
		assertThat(audit.get("next_cursor").isNull()).isTrue();
	}

	@Test
	void channelsAndAuditAnswerNotFoundForAnUnknownProject() {
		for (String route : new String[] {"channels/status", "audit/tool-calls"}) {
			Reply reply = http.adminGet("/api/v1/admin/projects/proj_nope/" + route);
			assertThat(reply.status()).as(route).isEqualTo(404);
			assertThat(reply.json().get("message").stringValue()).isEqualTo("Project not found.");
		}
	}

	@Test
	void resetForgetsLogsTracesAndRuns() {
		test("one", "proj_mock");

		http.raw("POST", "/__genaug/reset", null);

		String base = "/api/v1/admin/projects/proj_mock";
		assertThat(http.adminGet(base + "/logs").json().get("items").isEmpty()).isTrue();
		assertThat(http.adminGet(base + "/observability").json().get("traces").isEmpty()).isTrue();
		assertThat(http.adminGet(base + "/runs").json().get("items").isEmpty()).isTrue();
		assertThat(http.adminGet(base + "/observability/support-bundle").json().at("/metrics/log_count").intValue()).isZero();
	}

	private void deploy(String yaml) {
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("yaml_content", yaml);
		assertThat(http.adminPost("/api/v1/admin/projects/from-config", body.toString()).json().get("id").stringValue())
			.isEqualTo(DEMO);
	}

	private JsonNode test(String message) {
		return test(message, DEMO);
	}

	private JsonNode test(String message, String project) {
		Reply reply = http.adminPost("/api/v1/admin/projects/" + project + "/test",
				JsonNodeFactory.instance.objectNode().put("message", message).toString());
		assertThat(reply.status()).isEqualTo(200);
		return reply.json();
	}

	private List<String> logContents(String query) {
		List<String> contents = new ArrayList<>();
		http.adminGet(P + "/logs" + query).json().get("items").forEach(row -> contents.add(row.get("content").stringValue()));
		return contents;
	}

	private List<String> runIds(String query) {
		List<String> ids = new ArrayList<>();
		http.adminGet(P + "/runs" + query).json().get("items").forEach(run -> ids.add(run.get("id").stringValue()));
		return ids;
	}

}
