package com.generalaugment.client.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How the platform runs a project's turns ({@code project.runtimePolicy()}): model routing across the
 * tiers, tool discovery, the enabled platform and MCP tools, and the skills in use. Sections the SDK does
 * not model ({@code hermes_exposure}, …) are in {@link #raw()}.
 */
public final class RuntimePolicy {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public RuntimePolicy(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A runtime policy");
	}

	/** @return the project id */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return the routing mode, e.g. {@code tiered_complexity} */
	public @Nullable String routingMode() {
		return JsonValues.string(this.json.get("model_routing"), "mode");
	}

	/** @return the model behind each tier ({@code simple}, {@code balanced}, {@code complex}), never {@code null} */
	public Map<String, String> tiers() {
		JsonNode tiers = section("model_routing").get("tiers");
		Map<String, String> models = new LinkedHashMap<>();
		if (tiers != null && tiers.isObject()) {
			tiers.properties().forEach((entry) -> {
				if (entry.getValue().isString()) {
					models.put(entry.getKey(), entry.getValue().stringValue());
				}
			});
		}
		return Map.copyOf(models);
	}

	/** @return the tier a turn uses when nothing asks for another */
	public @Nullable String defaultTier() {
		return JsonValues.string(section("model_routing"), "default_tier");
	}

	/** @return what the router looks at, in the platform's words, never {@code null} */
	public List<String> autoRoutesBy() {
		return JsonValues.strings(section("model_routing"), "auto_routes_by");
	}

	/** @return whether every channel routes as the API does ({@code false} when absent) */
	public boolean channelParity() {
		return Boolean.TRUE.equals(JsonValues.booleanValue(section("model_routing"), "channel_parity"));
	}

	/** @return the tool discovery mode, e.g. {@code auto} */
	public @Nullable String toolDiscoveryMode() {
		return JsonValues.string(section("tool_discovery"), "mode");
	}

	/** @return the enabled platform tools, never {@code null} */
	public List<String> enabledPlatformToolIds() {
		return JsonValues.strings(section("platform_tools"), "enabled_tool_ids");
	}

	/** @return enabled tool ids the platform does not know, never {@code null} */
	public List<String> unknownToolIds() {
		return JsonValues.strings(section("platform_tools"), "unknown_tool_ids");
	}

	/** @return the enabled MCP tools, never {@code null} */
	public List<String> enabledMcpToolIds() {
		return JsonValues.strings(section("mcp"), "enabled_tool_ids");
	}

	/** @return the names of the project's skills, never {@code null} */
	public List<String> skillNames() {
		return JsonValues.strings(section("skills"), "names");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	private JsonNode section(String name) {
		JsonNode section = this.json.get(name);
		return (section != null && section.isObject()) ? section : JsonValues.DEFAULT_MAPPER.createObjectNode();
	}

	@Override
	public String toString() {
		return "RuntimePolicy{projectId=" + projectId() + ", routingMode=" + routingMode() + ", defaultTier="
				+ defaultTier() + ", tiers=" + tiers() + "}";
	}

}
