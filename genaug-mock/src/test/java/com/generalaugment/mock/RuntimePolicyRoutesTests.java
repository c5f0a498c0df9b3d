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

/** The tool registry, a project's runtime policy and its SOUL, as the last deploy set them. */
class RuntimePolicyRoutesTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final String DEMO = "proj_mock_07b46dca9c05";

	private static final String YAML = """
            metadata:
              name: demo-app
            tools:
              mcp:
                - name: crm
                  include: [crm_update, crm_lookup]
                - name: search
                  tools: {include: [web_search]}
            """;

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void toolRegistryHoldsTheBuiltInsAndEveryProjectsEnabledToolsSorted() {
		assertThat(toolIds()).containsExactly("calendar_read", "web_search");

		deploy("You are Demo.");

		JsonNode items = http.adminGet("/api/v1/admin/tools").json().get("items");
		assertThat(toolIds()).containsExactly("calendar_read", "crm_lookup", "crm_update", "web_search");
		assertThat(items).allSatisfy(item -> {
			assertThat(item.get("risk_level").stringValue()).isEqualTo("low");
			assertThat(item.get("requires_approval").booleanValue()).isFalse();
		});
	}

	@Test
	void runtimePolicyCarriesTheMockValuesAndTheDeployedTools() {
		deploy("");

		JsonNode policy = http.adminGet("/api/v1/admin/projects/" + DEMO + "/runtime-policy").json();

		assertThat(policy.get("project_id").stringValue()).isEqualTo(DEMO);
		JsonNode routing = policy.get("model_routing");
		assertThat(routing.get("mode").stringValue()).isEqualTo("tiered_complexity");
		assertThat(routing.at("/tiers/simple").stringValue()).isEqualTo("mock/simple");
		assertThat(routing.at("/tiers/balanced").stringValue()).isEqualTo("mock/balanced");
		assertThat(routing.at("/tiers/complex").stringValue()).isEqualTo("mock/complex");
		assertThat(routing.get("default_tier").stringValue()).isEqualTo("balanced");
		assertThat(routing.get("auto_routes_by")).extracting(JsonNode::stringValue).containsExactly("prompt complexity",
				"enabled tools", "conversation history", "reasoning_effort override when supplied");
		assertThat(routing.get("channel_parity").booleanValue()).isTrue();
		assertThat(policy.at("/tool_discovery/mode").stringValue()).isEqualTo("auto");
		assertThat(policy.at("/tool_discovery/direct_schema_tool_limit").intValue()).isEqualTo(8);
		assertThat(policy.at("/tool_discovery/max_search_results").intValue()).isEqualTo(5);
		assertThat(policy.at("/hermes_exposure/uses_dynamic_discovery_by_default").booleanValue()).isFalse();
		assertThat(policy.at("/hermes_exposure/turn_path").stringValue()).isEqualTo("shared_hermes");
		assertThat(policy.at("/platform_tools/enabled_tool_ids")).extracting(JsonNode::stringValue)
			.containsExactly("crm_lookup", "crm_update", "web_search");
		assertThat(policy.at("/platform_tools/unknown_tool_ids").isEmpty()).isTrue();
		assertThat(policy.at("/mcp/enabled_tool_ids").isEmpty()).isTrue();
		assertThat(policy.at("/skills/names").isEmpty()).isTrue();
	}

	@Test
	void soulIsEmptyUntilADeploySetsIt() {
		assertThat(http.adminGet("/api/v1/admin/projects/proj_mock/soul").json().get("content").stringValue()).isEmpty();

		deploy("# SOUL\nBe kind.");

		JsonNode soul = http.adminGet("/api/v1/admin/projects/" + DEMO + "/soul").json();
		assertThat(soul.get("project_id").stringValue()).isEqualTo(DEMO);
		assertThat(soul.get("content").stringValue()).isEqualTo("# SOUL\nBe kind.");
	}

	@Test
	void unknownProjectIsNotFound() {
		for (String route : new String[] {"runtime-policy", "soul"}) {
			Reply reply = http.adminGet("/api/v1/admin/projects/proj_nope/" + route);
			assertThat(reply.status()).as(route).isEqualTo(404);
			assertThat(reply.json().get("reason").stringValue()).isEqualTo("not_found");
			assertThat(reply.json().get("message").stringValue()).isEqualTo("Project not found.");
		}
	}

	private List<String> toolIds() {
		List<String> ids = new ArrayList<>();
		http.adminGet("/api/v1/admin/tools").json().get("items").forEach(item -> ids.add(item.get("id").stringValue()));
		return ids;
	}

	private void deploy(String soul) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("yaml_content", YAML);
		body.put("soul_content", soul);
		assertThat(http.adminPost("/api/v1/admin/projects/from-config", body.toString()).json().get("id").stringValue())
			.isEqualTo(DEMO);
	}

}
