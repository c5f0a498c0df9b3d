package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;

/** Projects, usage, hosted tests, OpenAPI tools and identity links over {@code /api/v1/admin} and {@code /api/v1/integrations}. */
class AdminRoutesTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final String YAML = """
            metadata:
              name: support-bot
              display_name: Support Bot
            system_prompt: Be brief.
            tools:
              mcp:
                - name: crm
                  include: [crm_lookup, crm_update]
            channels:
              whatsapp: {enabled: true}
            """;

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void seededProjectIsListedAndReadable() {
		JsonNode items = http.adminGet("/api/v1/admin/projects").json().get("items");
		JsonNode project = http.adminGet("/api/v1/admin/projects/proj_mock").json();

		assertThat(items).hasSize(1);
		assertThat(project.get("id").stringValue()).isEqualTo("proj_mock");
		assertThat(project.get("status").stringValue()).isEqualTo("active");
		assertThat(project.get("webhook_secret").isNull()).isTrue();
		for (String field : new String[] {"name", "slug", "created_at", "updated_at", "enabled_tool_ids",
				"model_preferences", "rate_limits", "system_prompt"}) {
			assertThat(project.has(field)).as(field).isTrue();
		}
	}

	@Test
	void createFromConfigReadsTheManifest() {
		Reply created = http.adminPost("/api/v1/admin/projects/from-config", json("yaml_content", YAML));

		JsonNode project = created.json();
		assertThat(created.status()).isEqualTo(200);
		assertThat(project.get("id").stringValue()).startsWith("proj_mock_").hasSize("proj_mock_".length() + 12);
		assertThat(project.get("slug").stringValue()).isEqualTo("support-bot");
		assertThat(project.get("name").stringValue()).isEqualTo("Support Bot");
		assertThat(project.get("system_prompt").stringValue()).isEqualTo("Be brief.");
		assertThat(project.get("enabled_tool_ids")).extracting(JsonNode::stringValue).containsExactly("crm_lookup", "crm_update");
		assertThat(project.get("created_at").stringValue()).isEqualTo("2026-01-01T00:00:01Z");
		assertThat(http.adminGet("/api/v1/admin/projects?limit=1&offset=1").json().at("/items/0/id"))
			.isEqualTo(project.get("id"));
	}

	@Test
	void deployConfigUpdatesAnExistingProjectAndPatchSetsFields() {
		String id = http.adminPost("/api/v1/admin/projects/from-config", json("yaml_content", YAML)).json().get("id").stringValue();

		JsonNode deployed = http.adminMethod("PUT", "/api/v1/admin/projects/" + id + "/config",
				json("yaml_content", "metadata: {name: support-bot, display_name: Support Bot 2}\n")).json();
		JsonNode patched = http.adminMethod("PATCH", "/api/v1/admin/projects/" + id,
				"{\"system_prompt\":null,\"rate_limits\":{\"requests_per_minute\":5},\"webhook_secret\":\"s3cret\"}").json();

		assertThat(deployed.get("name").stringValue()).isEqualTo("Support Bot 2");
		assertThat(deployed.get("enabled_tool_ids").isEmpty()).isTrue();
		assertThat(patched.get("system_prompt").isNull()).isTrue();
		assertThat(patched.at("/rate_limits/requests_per_minute").intValue()).isEqualTo(5);
		assertThat(patched.get("webhook_secret").isNull()).isTrue();
		assertThat(patched.get("updated_at").stringValue()).isGreaterThan(deployed.get("updated_at").stringValue());
		assertThat(http.adminMethod("PUT", "/api/v1/admin/projects/nope/config", json("yaml_content", YAML)).status())
			.isEqualTo(404);
	}

	@Test
	void invalidConfigIsRejected() {
		Reply missing = http.adminPost("/api/v1/admin/projects/from-config", "{}");
		Reply broken = http.adminPost("/api/v1/admin/projects/from-config", json("yaml_content", "a: [unclosed"));

		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("reason").stringValue()).isEqualTo("invalid_request");
		assertThat(broken.status()).isEqualTo(422);
	}

	@Test
	void encodedProjectIdsStayOneSegment() {
		Reply reply = http.adminGet("/api/v1/admin/projects/proj%2F1");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("message").stringValue()).isEqualTo("Project not found.");
	}

	@Test
	void integrationPromptNamesTheProject() {
		String prompt = http.adminGet("/api/v1/admin/projects/proj_mock/integration-prompt").json().get("prompt").stringValue();

		assertThat(prompt).contains("\"Mock Project\" (proj_mock)").contains("POST /v1/responses");
	}

	@Test
	void usageCountsTurnsPerProjectAndDay() {
		http.post("/v1/responses", "{\"input\":\"a\"}");
		http.post("/v1/responses", "{\"input\":\"b\"}", "X-Project-ID", "proj_mock");
		http.post("/v1/responses", "{\"input\":\"c\"}", "X-Project-ID", "proj_other");

		JsonNode usage = http.adminGet("/api/v1/admin/projects/proj_mock/usage?start_date=2025-12-31&end_date=2026-01-02").json();

		assertThat(usage.get("project_id").stringValue()).isEqualTo("proj_mock");
		assertThat(usage.get("start_date").stringValue()).isEqualTo("2025-12-31");
		assertThat(usage.get("end_date").stringValue()).isEqualTo("2026-01-02");
		assertThat(usage.at("/totals/agent_turns_count").intValue()).isEqualTo(2);
		assertThat(usage.at("/totals/messages_count").intValue()).isEqualTo(4);
		assertThat(usage.at("/totals/tool_calls_count").intValue()).isZero();
		assertThat(usage.at("/totals/total_cost_usd").doubleValue()).isZero();
		assertThat(usage.get("days")).extracting(day -> day.get("date").stringValue())
			.containsExactly("2025-12-31", "2026-01-01", "2026-01-02");
		assertThat(usage.at("/days/1/agent_turns_count").intValue()).isEqualTo(2);
		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/usage?start_date=01-01-2026").status()).isEqualTo(422);
	}

	@Test
	void hostedTestCallRepliesDeterministicallyAndCountsATurn() {
		JsonNode result = http.adminPost("/api/v1/admin/projects/proj_mock/test",
				"{\"message\":\"Reply exactly with: hosted-ok\"}").json();

		assertThat(result.get("response").stringValue()).isEqualTo("hosted-ok");
		assertThat(result.get("model_used").stringValue()).isEqualTo("mock/balanced");
		assertThat(result.at("/metadata/trace_id").stringValue()).startsWith("trace_mock_");
		assertThat(result.at("/metadata/channel").stringValue()).isEqualTo("whatsapp");
		assertThat(result.at("/metadata/phone_e164").stringValue()).isEqualTo("+15550000000");
		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/usage").json().at("/totals/agent_turns_count").intValue())
			.isEqualTo(1);
		assertThat(http.adminPost("/api/v1/admin/projects/proj_mock/test", "{}").status()).isEqualTo(422);
	}

	@Test
	void openApiToolsAreRegisteredAndDeployed() {
		JsonNode result = http.adminPost("/api/v1/admin/projects/proj_mock/tools/from-openapi", """
                {"spec_url":"https://example.test/openapi.json","include_paths":["/orders/{id}","/users"],
                 "exclude_paths":["/users"],"name_prefix":"shop"}""").json();

		assertThat(result.get("generated_count").intValue()).isEqualTo(1);
		assertThat(result.at("/tools/0/id").stringValue()).isEqualTo("shop_orders_id");
		assertThat(result.get("auto_deployed").booleanValue()).isTrue();
		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock").json().get("enabled_tool_ids"))
			.extracting(JsonNode::stringValue).containsExactly("shop_orders_id");
		assertThat(http.adminPost("/api/v1/admin/projects/proj_mock/tools/from-openapi", "{}").status()).isEqualTo(422);
	}

	@Test
	void identityLinkResolveUnlink() {
		JsonNode linked = http.adminPost("/api/v1/integrations/proj_mock/link-user",
				"{\"phone_e164\":\"+15551234567\",\"provider_user_id\":\"app/user\",\"metadata\":{\"plan\":\"pro\"}}").json();
		JsonNode resolved = http.adminGet("/api/v1/integrations/proj_mock/resolve/%2B15551234567").json();
		JsonNode unlinked = http.adminDelete("/api/v1/integrations/proj_mock/unlink/%2B15551234567").json();
		JsonNode again = http.adminDelete("/api/v1/integrations/proj_mock/unlink/%2B15551234567").json();

		assertThat(linked.get("status").stringValue()).isEqualTo("linked");
		assertThat(linked.get("provider_name").stringValue()).isEqualTo("app");
		assertThat(resolved.get("provider_user_id").stringValue()).isEqualTo("app/user");
		assertThat(resolved.at("/metadata/plan").stringValue()).isEqualTo("pro");
		assertThat(unlinked.get("unlinked").booleanValue()).isTrue();
		assertThat(again.get("unlinked").booleanValue()).isFalse();
		assertThat(http.adminGet("/api/v1/integrations/proj_mock/resolve/%2B15551234567").status()).isEqualTo(404);
		assertThat(http.adminPost("/api/v1/integrations/proj_mock/link-user", "{\"phone_e164\":\"555\"}").status())
			.isEqualTo(422);
	}

	private static String json(String field, String value) {
		return "{\"" + field + "\":" + tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value) + "}";
	}

}
