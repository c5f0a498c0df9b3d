package com.generalaugment.client.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects, configuration, usage, hosted test calls and OpenAPI tools (contract §2), with the admin key.
 */
class ProjectAdminTests extends AdminTestSupport {

	static final String PROJECT_JSON = """
			{"id": "proj/1", "name": "Support agent", "slug": "support-agent", "status": "active",
			 "created_at": "2026-04-01T09:30:00Z", "updated_at": "2026-04-02T10:00:00.123456",
			 "enabled_tool_ids": ["orders.lookup", "orders.refund"],
			 "model_preferences": {"default_tier": "balanced"}, "rate_limits": {"requests_per_minute": 60},
			 "system_prompt": "Be brief.", "webhook_secret": null, "webhook_secret_configured": true,
			 "branding": {"color": "#123456"}, "brand_new_field": {"nested": [1, 2]}}
			""";

	@Test
	void listProjectsUnwrapsItemsAndSendsPaging() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects"))
			.willReturn(okJson("{\"items\": [" + PROJECT_JSON + ", {\"id\": \"p2\"}], \"total\": 2}")));

		List<Project> projects = client().projects().list(ProjectListParams.builder().limit(10).offset(20).build());

		verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects?limit=10&offset=20")));
		assertThat(projects).extracting(Project::id).containsExactly("proj/1", "p2");
	}

	@Test
	void listProjectsOmitsAbsentPagingParameters() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects")).willReturn(okJson("{\"items\": []}")));

		assertThat(client().projects().list()).isEmpty();

		verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects")));
	}

	@Test
	void getProjectEncodesTheIdAsPathSegmentAndMapsTheProject() {
		stub(get(urlEqualTo("/api/v1/admin/projects/proj%2F1")).willReturn(okJson(PROJECT_JSON)));

		Project project = client().projects().get("proj/1");

		verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1")));
		assertThat(project.id()).isEqualTo("proj/1");
		assertThat(project.name()).isEqualTo("Support agent");
		assertThat(project.slug()).isEqualTo("support-agent");
		assertThat(project.status()).isEqualTo("active");
		assertThat(project.systemPrompt()).isEqualTo("Be brief.");
		assertThat(project.enabledToolIds()).containsExactly("orders.lookup", "orders.refund");
		assertThat(project.modelPreferences()).containsEntry("default_tier", "balanced");
		assertThat(project.rateLimits()).containsEntry("requests_per_minute", 60);
		assertThat(project.createdAt()).isEqualTo(Instant.parse("2026-04-01T09:30:00Z"));
		assertThat(project.updatedAt()).isEqualTo(Instant.parse("2026-04-02T10:00:00.123456Z"));
		assertThat(project.raw().get("webhook_secret").isNull()).isTrue();
		assertThat(project.raw().get("brand_new_field").get("nested").size()).isEqualTo(2);
	}

	@Test
	void createProjectFromConfigSendsManifestSoulAndSkills() {
		stub(post("/api/v1/admin/projects/from-config").willReturn(okJson(PROJECT_JSON)));

		Project project = client().projects().createFromConfig(ConfigDeployParams.builder().yamlContent("name: support-agent\n").soulContent("# Soul\n").skills(List.of("# Skill A")).build());

		verify(postRequestedFor(urlEqualTo("/api/v1/admin/projects/from-config"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"yaml_content": "name: support-agent\\n", "soul_content": "# Soul\\n", "skills": ["# Skill A"]}
					""")));
		assertThat(project.slug()).isEqualTo("support-agent");
	}

	@Test
	void createProjectFromConfigDefaultsSkillsToAnEmptyListAndOmitsTheSoul() {
		stub(post("/api/v1/admin/projects/from-config").willReturn(okJson(PROJECT_JSON)));

		client().projects().createFromConfig(ConfigDeployParams.builder().yamlContent("name: support-agent\n").build());

		verify(postRequestedFor(urlEqualTo("/api/v1/admin/projects/from-config"))
			.withRequestBody(equalToJson("{\"yaml_content\": \"name: support-agent\\n\", \"skills\": []}")));
	}

	@Test
	void deployConfigPutsTheConfigToTheEncodedProject() {
		stub(put("/api/v1/admin/projects/proj%2F1/config").willReturn(okJson(PROJECT_JSON)));

		client().project("proj/1").config().deploy(ConfigDeployParams.builder().yamlContent("name: support-agent\n").soulContent(null).skills(List.of("# Skill A", "# Skill B")).build());

		verify(putRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/config")).withRequestBody(equalToJson(
				"{\"yaml_content\": \"name: support-agent\\n\", \"skills\": [\"# Skill A\", \"# Skill B\"]}")));
	}

	@Test
	void deployConfigFileWithAProjectIdUpdatesThatProject(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("genaug-agent.yaml"), "name: café\n", StandardCharsets.UTF_8);
		stub(put("/api/v1/admin/projects/proj%2F1/config").willReturn(okJson(PROJECT_JSON)));

		client().project("proj/1").config().deployFile(file);

		verify(putRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/config"))
			.withRequestBody(equalToJson("{\"yaml_content\": \"name: café\\n\", \"skills\": []}")));
	}

	@Test
	void deployConfigFileWithoutAProjectIdCreatesAProject(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("genaug-agent.yaml"), "name: support-agent\n");
		stub(post("/api/v1/admin/projects/from-config").willReturn(okJson(PROJECT_JSON)));

		client().projects().createFromConfigFile(file);

		verify(postRequestedFor(urlEqualTo("/api/v1/admin/projects/from-config"))
			.withRequestBody(equalToJson("{\"yaml_content\": \"name: support-agent\\n\", \"skills\": []}")));
	}

	@Test
	void updateProjectSendsExplicitNullAndOmitsFieldsNeverSet() {
		stub(patch(urlEqualTo("/api/v1/admin/projects/proj%2F1")).willReturn(okJson(PROJECT_JSON)));

		client().project("proj/1").update(ProjectUpdate.builder()
			.name("Support agent")
			.systemPrompt(null)
			.enabledToolIds(List.of("orders.lookup"))
			.field("platform_webhook_url", "https://app.example.com/hooks/genaug")
			.build());

		// equalToJson without ignoreExtraElements: a field the update never set must not be sent.
		verify(patchRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1")).withRequestBody(equalToJson("""
				{"name": "Support agent", "system_prompt": null, "enabled_tool_ids": ["orders.lookup"],
				 "platform_webhook_url": "https://app.example.com/hooks/genaug"}
				""")));
	}

	@Test
	void integrationPromptReturnsThePromptText() {
		stub(get("/api/v1/admin/projects/proj%2F1/integration-prompt")
			.willReturn(okJson("{\"prompt\": \"1. Install the SDK.\", \"format\": \"markdown\"}")));

		assertThat(client().project("proj/1").integrationPrompt()).isEqualTo("1. Install the SDK.");

		verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/integration-prompt")));
	}

	@Test
	void usageSendsIsoDatesAndMapsTotalsAndDays() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects/proj%2F1/usage")).willReturn(okJson("""
				{"project_id": "proj/1", "start_date": "2026-04-01", "end_date": "2026-04-02",
				 "totals": {"agent_turns_count": 5, "messages_count": 10, "tool_calls_count": 2,
				            "total_cost_usd": "0.0125", "cached_tokens": 7},
				 "days": [{"date": "2026-04-01", "agent_turns_count": 3, "messages_count": 6, "tool_calls_count": 2,
				           "total_cost_usd": 0.01},
				          {"date": "2026-04-02", "agent_turns_count": 2, "messages_count": 4, "tool_calls_count": 0,
				           "total_cost_usd": 0.0025}],
				 "limits": {"agent_turns_per_month": 1000}, "pricing_tier": "free"}
				""")));

		ProjectUsage usage = client().project("proj/1").usage(UsageParams.builder().startDate(LocalDate.of(2026, 4, 1)).endDate(LocalDate.of(2026, 4, 2)).build());

		verify(getRequestedFor(
				urlEqualTo("/api/v1/admin/projects/proj%2F1/usage?start_date=2026-04-01&end_date=2026-04-02")));
		assertThat(usage.projectId()).isEqualTo("proj/1");
		assertThat(usage.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(usage.endDate()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(usage.totals().agentTurnsCount()).isEqualTo(5);
		assertThat(usage.totals().messagesCount()).isEqualTo(10);
		assertThat(usage.totals().toolCallsCount()).isEqualTo(2);
		assertThat(usage.totals().totalCostUsd()).isEqualTo(0.0125);
		assertThat(usage.totals().raw().get("cached_tokens").asInt()).isEqualTo(7);
		assertThat(usage.days()).extracting(ProjectUsage.Day::date)
			.containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2));
		assertThat(usage.days().get(0).counts().agentTurnsCount()).isEqualTo(3);
		assertThat(usage.limits().get("agent_turns_per_month").asInt()).isEqualTo(1000);
		assertThat(usage.raw().get("pricing_tier").stringValue()).isEqualTo("free");
	}

	@Test
	void usageOmitsAbsentDates() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects/proj%2F1/usage")).willReturn(okJson("{}")));

		ProjectUsage usage = client().project("proj/1").usage(UsageParams.builder().startDate(null).endDate(LocalDate.of(2026, 4, 24)).build());

		verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/usage?end_date=2026-04-24")));
		assertThat(usage.totals().agentTurnsCount()).isZero();
		assertThat(usage.days()).isEmpty();
	}

	@Test
	void testAgentSendsTheDefaultPhoneAndChannel() {
		stub(post("/api/v1/admin/projects/proj%2F1/test").willReturn(okJson("""
				{"response": "Hello!", "response_text": "Hello!", "model_used": "balanced", "cost_usd": 0.0004,
				 "warnings": ["no tools enabled"], "error": null,
				 "metadata": {"trace_id": "trace_1", "channel": "whatsapp"}, "latency_ms": 812}
				""")));

		AgentTestResult result = client().project("proj/1").agent().test("Hi there");

		verify(postRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/test")).withRequestBody(
				equalToJson("{\"message\": \"Hi there\", \"phone_e164\": \"+15550000000\", \"channel\": \"whatsapp\"}")));
		assertThat(result.responseText()).isEqualTo("Hello!");
		assertThat(result.modelUsed()).isEqualTo("balanced");
		assertThat(result.costUsd()).isEqualTo(0.0004);
		assertThat(result.warnings()).containsExactly("no tools enabled");
		assertThat(result.error()).isNull();
		assertThat(result.traceId()).isEqualTo("trace_1");
		assertThat(result.raw().get("latency_ms").asInt()).isEqualTo(812);
	}

	@Test
	void testAgentSendsTheGivenPhoneChannelAndAgent() {
		stub(post("/api/v1/admin/projects/proj%2F1/test").willReturn(okJson("{\"response\": \"Hi\"}")));

		AgentTestResult result = client().project("proj/1").agent().test(AgentTestParams.builder().message("Hi there").phoneE164("+447700900123").channel("sms").agentId("agent_7").build());

		verify(postRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/test")).withRequestBody(equalToJson("""
				{"message": "Hi there", "phone_e164": "+447700900123", "channel": "sms", "agent_id": "agent_7"}
				""")));
		assertThat(result.responseText()).isEqualTo("Hi");
	}

	@Test
	void registerOpenApiToolsSendsTheDefaults() {
		stub(post("/api/v1/admin/projects/proj%2F1/tools/from-openapi").willReturn(okJson("""
				{"api_title": "Orders API", "endpoint_count": 12, "generated_count": 12, "curated_count": 2,
				 "auto_deployed": true, "enabled_tool_ids": ["orders.lookup", "orders.refund"],
				 "mcp_server": {"name": "support-agent-api"},
				 "tools": [{"id": "orders.lookup", "method": "GET", "path": "/orders/{id}"}, {"id": "orders.refund"}],
				 "spec_sha256": "abc"}
				""")));

		OpenApiToolRegistration registration = client().project("proj/1").tools().registerOpenApi(OpenApiToolParams.builder().specUrl("https://api.example.com/openapi.json").build());

		verify(postRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/tools/from-openapi"))
			.withRequestBody(equalToJson("""
					{"spec_url": "https://api.example.com/openapi.json", "include_paths": [], "exclude_paths": [],
					 "target_count": 15, "auto_deploy": true}
					""")));
		assertThat(registration.apiTitle()).isEqualTo("Orders API");
		assertThat(registration.endpointCount()).isEqualTo(12);
		assertThat(registration.generatedCount()).isEqualTo(12);
		assertThat(registration.curatedCount()).isEqualTo(2);
		assertThat(registration.autoDeployed()).isTrue();
		assertThat(registration.enabledToolIds()).containsExactly("orders.lookup", "orders.refund");
		assertThat(registration.mcpServer()).containsEntry("name", "support-agent-api");
		assertThat(registration.tools()).hasSize(2);
		assertThat(registration.raw().get("spec_sha256").stringValue()).isEqualTo("abc");
	}

	@Test
	void registerOpenApiToolsSendsTheGivenOptions() {
		stub(post("/api/v1/admin/projects/proj%2F1/tools/from-openapi").willReturn(okJson("{}")));

		client().project("proj/1").tools().registerOpenApi(OpenApiToolParams.builder().specUrl("https://api.example.com/openapi.json")
			.includePaths(List.of("/orders"))
			.excludePaths(List.of("/orders/admin"))
			.targetCount(5)
			.autoDeploy(false)
			.namePrefix("shop_")
			.build());

		verify(postRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/tools/from-openapi"))
			.withRequestBody(equalToJson("""
					{"spec_url": "https://api.example.com/openapi.json", "include_paths": ["/orders"],
					 "exclude_paths": ["/orders/admin"], "target_count": 5, "auto_deploy": false,
					 "name_prefix": "shop_"}
					""")));
	}

	@Test
	void projectScopedCallsUseTheDefaultProject() {
		stub(get("/api/v1/admin/projects/proj%2F1").willReturn(okJson(PROJECT_JSON)));
		stub(get(urlPathEqualTo("/api/v1/admin/projects/proj%2F1/usage")).willReturn(okJson("{}")));

		var client = builder().projectId("proj/1").build();
		client.project().get();
		client.project().usage(UsageParams.builder().startDate(LocalDate.of(2026, 4, 1)).endDate(null).build());

		assertThat(client.defaultProjectId()).isEqualTo("proj/1");
		verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1")));
		verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/usage?start_date=2026-04-01")));
	}

	@Test
	void projectUpdateNeverPrintsValuesWhichMayBeSecrets() {
		ProjectUpdate update = ProjectUpdate.builder()
			.modelPreferences(Map.of("default_tier", "complex"))
			.field("webhook_secret", "whsec_rotated_123")
			.build();

		assertThat(update.fields()).containsOnlyKeys("model_preferences", "webhook_secret");
		assertThat(update.toString()).isEqualTo("ProjectUpdate{fields=[model_preferences, webhook_secret]}");
	}

}
