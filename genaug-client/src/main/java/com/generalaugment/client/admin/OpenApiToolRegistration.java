package com.generalaugment.client.admin;

import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply of {@code registerOpenAPITools}: the tools generated from the spec, as a read-only view over
 * the JSON. Fields the SDK does not model stay reachable through {@link #raw()}.
 */
public final class OpenApiToolRegistration {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public OpenApiToolRegistration(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A tool registration reply");
	}

	/** @return the API's title from the spec */
	public @Nullable String apiTitle() {
		return JsonValues.string(this.json, "api_title");
	}

	/** @return how many endpoints the spec has ({@code 0} when not reported) */
	public long endpointCount() {
		return JsonValues.count(this.json, "endpoint_count");
	}

	/** @return how many tools were generated ({@code 0} when not reported) */
	public long generatedCount() {
		return JsonValues.count(this.json, "generated_count");
	}

	/** @return how many tools were kept after curation ({@code 0} when not reported) */
	public long curatedCount() {
		return JsonValues.count(this.json, "curated_count");
	}

	/** @return whether the tools were enabled on the project, or {@code null} when not reported */
	public @Nullable Boolean autoDeployed() {
		return JsonValues.booleanValue(this.json, "auto_deployed");
	}

	/** @return the project's enabled tool ids after registration, never {@code null} */
	public List<String> enabledToolIds() {
		return JsonValues.strings(this.json, "enabled_tool_ids");
	}

	/** @return the generated tools as JSON objects (treat as read-only), never {@code null} */
	public List<JsonNode> tools() {
		return Values.objects(this.json, "tools");
	}

	/** @return the MCP server the tools are served from, never {@code null} */
	public Map<String, Object> mcpServer() {
		return JsonValues.map(this.json, "mcp_server");
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "OpenApiToolRegistration{apiTitle=" + apiTitle() + ", curatedCount=" + curatedCount()
				+ ", autoDeployed=" + autoDeployed() + "}";
	}

}
