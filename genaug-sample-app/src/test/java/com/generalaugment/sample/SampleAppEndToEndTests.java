package com.generalaugment.sample;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.generalaugment.client.GeneralAugment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample over real HTTP, on the embedded mock it starts by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleAppEndToEndTests {

	@LocalServerPort
	int port;

	private SampleHttp http;

	private String alice;

	private String bob;

	private String ops;

	@BeforeEach
	void signIn() throws Exception {
		this.http = new SampleHttp(this.port);
		this.alice = this.http.signIn("alice", "alice-password");
		this.bob = this.http.signIn("bob", "bob-password");
		this.ops = this.http.signIn("ops", "ops-password");
	}

	@Test
	void proxyAnswersWithTheMocksExactReply() throws Exception {
		HttpResponse<String> response = this.http.postJson("/ai/responses", this.alice,
				"{\"input\": \"Reply exactly with: hi\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = SampleHttp.json(response);
		assertThat(body.get("output").get(0).get("content").get(0).get("text").stringValue()).isEqualTo("hi");
		assertThat(body.get("metadata").has("general_augment_cost_usd")).isFalse();
		assertThat(response.body()).doesNotContain("mock-project-key");
	}

	@Test
	void proxyStreamsTheSixEventsInOrder() throws Exception {
		HttpResponse<String> response = this.http.postJson("/ai/responses", this.alice,
				"{\"input\": \"Reply exactly with: streamed hello\", \"stream\": true}", "Accept", "text/event-stream");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		List<String> events = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String block : response.body().split("\n\n")) {
			String name = null;
			String data = null;
			for (String line : block.split("\n")) {
				if (line.startsWith("event:")) {
					name = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data = line.substring(5).trim();
				}
			}
			if (name != null) {
				events.add(name);
				if (name.equals("response.output_text.delta")) {
					text.append(SampleHttp.JSON.readTree(data).get("delta").stringValue());
				}
			}
		}
		assertThat(events).startsWith("response.created", "response.in_progress", "response.output_item.added")
			.contains("response.output_text.delta")
			.endsWith("response.output_text.done", "response.completed");
		assertThat(text.toString()).isEqualTo("streamed hello");
	}

	@Test
	void triageReturnsTheStructuredRecordAndRemembersIt() throws Exception {
		HttpResponse<String> response = this.http.postJson("/support/triage", this.bob,
				"{\"ticket\": \"I was charged twice for my subscription this month.\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = SampleHttp.json(response);
		// The mock builds values from the derived schema: first enum constant, the smoke label for text.
		assertThat(body.get("triage").get("category").stringValue()).isEqualTo("BILLING");
		assertThat(body.get("triage").get("urgency").stringValue()).isEqualTo("HIGH");
		assertThat(body.get("triage").get("summary").stringValue()).isEqualTo("genaug-smoke-ok");
		assertThat(body.get("responseId").stringValue()).startsWith("resp_mock_");
		assertThat(body.get("memoryId").stringValue()).startsWith("mem_mock_");

		HttpResponse<String> memories = this.http.get("/memory?query=charged", this.bob);
		assertThat(memories.body()).contains("Last support ticket was about BILLING");
	}

	@Test
	void memoryRoundTripIsPerUser() throws Exception {
		HttpResponse<String> stored = this.http.postJson("/memory", this.alice, "{\"fact\": \"Prefers window seats\"}");
		assertThat(stored.statusCode()).isEqualTo(200);

		JsonNode alice = SampleHttp.json(this.http.get("/memory?query=window%20seats", this.alice));
		assertThat(alice.get("facts").get(0).get("fact").stringValue()).isEqualTo("Prefers window seats");
		assertThat(alice.get("facts").get(0).get("similarity").asDouble()).isEqualTo(0.99);

		JsonNode bob = SampleHttp.json(this.http.get("/memory?query=window%20seats", this.bob));
		assertThat(bob.toString()).doesNotContain("Prefers window seats");
	}

	@Test
	void adminShowsUsageAndSchedulesAJobForTheNamedUser() throws Exception {
		this.http.postJson("/ai/responses", this.alice, "{\"input\": \"Reply exactly with: counted\"}");

		// The mock dates every turn 2026-01-01, the day of its fixed created_at.
		HttpResponse<String> usage = this.http.get("/admin/usage?start=2026-01-01&end=2026-01-31", this.ops);
		assertThat(usage.statusCode()).isEqualTo(200);
		assertThat(SampleHttp.json(usage).get("totals").get("agent_turns_count").asLong()).isPositive();

		HttpResponse<String> job = this.http.postJson("/admin/jobs", this.ops,
				"{\"user\": \"alice\", \"everySeconds\": 600}");
		assertThat(job.statusCode()).isEqualTo(200);
		JsonNode created = SampleHttp.json(job);
		assertThat(created.get("target_app_user_id").stringValue()).isEqualTo("alice");
		assertThat(created.get("status").stringValue()).isEqualTo("active");
	}

	@Test
	void healthShowsTheGenaugComponentWithVersionsToOps() throws Exception {
		HttpResponse<String> response = this.http.get("/actuator/health", this.ops);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode genaug = SampleHttp.json(response).get("components").get("genaug");
		assertThat(genaug.get("status").stringValue()).isEqualTo("UP");
		assertThat(genaug.get("details").get("sdkVersion").stringValue()).isEqualTo(GeneralAugment.VERSION);
		assertThat(genaug.get("details").get("apiBuild").stringValue()).contains("genaug-mock");
	}

	@Test
	void supportBundleIsForOpsAndCarriesVersionsAndRecentCallIds() throws Exception {
		this.http.postJson("/ai/responses", this.alice, "{\"input\": \"Reply exactly with: bundle\"}", "X-Request-ID",
				"req_support_ticket_1");

		assertThat(this.http.get("/actuator/genaug", null).statusCode()).isEqualTo(401);
		assertThat(this.http.get("/actuator/genaug", this.alice).statusCode()).isEqualTo(403);
		HttpResponse<String> response = this.http.get("/actuator/genaug", this.ops);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode bundle = SampleHttp.json(response);
		assertThat(bundle.get("sdk").get("version").stringValue()).isEqualTo(GeneralAugment.VERSION);
		assertThat(bundle.get("api").get("build").stringValue()).contains("genaug-mock");
		assertThat(bundle.get("clients").get("proxy").get("enabled").asBoolean()).isTrue();
		assertThat(bundle.get("recent").toString()).contains("req_support_ticket_1").contains("createResponse");
		assertThat(response.body()).doesNotContain("mock-project-key").doesNotContain("mock-admin-key")
			.doesNotContain("Reply exactly with");
	}

	@Test
	void unauthenticatedCallsGetAJson401() throws Exception {
		for (String path : new String[] { "/ai/responses", "/support/triage", "/memory" }) {
			HttpResponse<String> response = this.http.postJson(path, null, "{\"input\": \"hi\"}");
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("unauthenticated");
		}
	}

}
