package com.generalaugment.mock.platform.admin;

import java.util.List;
import java.util.TreeSet;

import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What shapes a project's agent, read-only: the tool registry ({@code GET /api/v1/admin/tools}), the
 * runtime policy ({@code GET .../runtime-policy}) and the SOUL ({@code GET .../soul}), with the platform
 * mock's fixed values. Everything project-specific comes from the last deploy: enabled tools, skills, SOUL.
 */
public final class RuntimePolicyEndpoint {

	/** The tools every mock registry holds, besides those projects enable. */
	private static final List<String> BUILT_IN_TOOLS = List.of("calendar_read", "web_search");

	private static final List<String> TIERS = List.of("simple", "balanced", "complex");

	private static final List<String> AUTO_ROUTES_BY = List.of("prompt complexity", "enabled tools",
			"conversation history", "reasoning_effort override when supplied");

	private final ProjectStore projects;

	/**
	 * @param projects the project store
	 */
	public RuntimePolicyEndpoint(ProjectStore projects) {
		this.projects = projects;
	}

	/**
	 * {@code GET /tools} → {@code {items}}: the built-in tools plus every project's enabled tools (whoever
	 * asks), sorted, each low-risk and without approval.
	 *
	 * @param call the call
	 * @return the registry
	 */
	public MockReply tools(Call call) {
		TreeSet<String> ids = new TreeSet<>(BUILT_IN_TOOLS);
		projects.views().forEach(project -> project.path("enabled_tool_ids").forEach(id -> ids.add(PyValues.str(id))));
		ObjectNode reply = Json.object();
		ArrayNode items = reply.putArray("items");
		for (String id : ids) {
			items.addObject().put("id", id).put("risk_level", "low").put("requires_approval", false);
		}
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /projects/{project}/runtime-policy}.
	 *
	 * @param call the call
	 * @return the policy, or 404 {@code not_found}
	 */
	public MockReply runtimePolicy(Call call) {
		String projectId = call.param("project");
		ObjectNode project = projects.view(projectId);
		ObjectNode reply = Json.object();
		reply.put("project_id", projectId);

		ObjectNode routing = reply.putObject("model_routing");
		routing.put("mode", "tiered_complexity");
		ObjectNode tiers = routing.putObject("tiers");
		TIERS.forEach(tier -> tiers.put(tier, "mock/" + tier));
		routing.put("default_tier", "balanced");
		ArrayNode routesBy = routing.putArray("auto_routes_by");
		AUTO_ROUTES_BY.forEach(routesBy::add);
		routing.put("channel_parity", true);

		ObjectNode discovery = reply.putObject("tool_discovery");
		discovery.put("mode", "auto");
		discovery.put("direct_schema_tool_limit", 8);
		discovery.put("max_search_results", 5);

		ObjectNode hermes = reply.putObject("hermes_exposure");
		hermes.put("uses_dynamic_discovery_by_default", false);
		hermes.put("turn_path", "shared_hermes");

		ObjectNode platformTools = reply.putObject("platform_tools");
		ArrayNode enabled = platformTools.putArray("enabled_tool_ids");
		project.path("enabled_tool_ids").forEach(enabled::add);
		platformTools.putArray("unknown_tool_ids");
		reply.putObject("mcp").putArray("enabled_tool_ids");

		ArrayNode names = reply.putObject("skills").putArray("names");
		SkillsEndpoint.skills(projects, projectId).forEach(skill -> names.add(skill.name()));
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /projects/{project}/soul} → {@code {project_id, content}}; {@code ""} until a deploy sets it.
	 *
	 * @param call the call
	 * @return the SOUL, or 404 {@code not_found}
	 */
	public MockReply soul(Call call) {
		String projectId = call.param("project");
		JsonNode soul = projects.view(projectId).get("soul_content");
		ObjectNode reply = Json.object();
		reply.put("project_id", projectId);
		reply.put("content", soul != null && soul.isString() ? soul.stringValue() : "");
		return JsonReply.ok(reply);
	}

}
