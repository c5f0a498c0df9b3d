package com.generalaugment.mock.platform.admin;

import java.util.Map;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project deploy body ({@code yaml_content}, {@code soul_content}, {@code skills}) read the way the
 * platform's mock reads it: {@code metadata.name} is the slug, {@code metadata.display_name} the name,
 * the MCP servers' {@code include} lists the enabled tools, {@code channels} the channel blocks.
 *
 * @param manifest the parsed YAML, {@code {}} when it is not a mapping
 * @param soulContent the SOUL.md text
 * @param skills the SKILL.md texts
 */
record ProjectConfig(ObjectNode manifest, String soulContent, ArrayNode skills) {

	static ProjectConfig parse(ObjectNode body) {
		JsonNode yaml = body.get("yaml_content");
		if (yaml == null || !yaml.isString() || yaml.stringValue().isBlank()) {
			throw ApiError.invalidRequest("yaml_content is required.");
		}
		Object loaded;
		try {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.stringValue());
		}
		catch (YAMLException ex) {
			throw ApiError.invalidRequest("yaml_content is not valid YAML.");
		}
		ObjectNode manifest = loaded instanceof Map<?, ?> map ? (ObjectNode) Json.tree(map) : Json.object();
		ArrayNode skills = Json.array();
		for (JsonNode skill : body.path("skills")) {
			if (skill.isString()) {
				skills.add(skill.stringValue());
			}
		}
		return new ProjectConfig(manifest, PyValues.strOr(body.get("soul_content"), ""), skills);
	}

	/** {@code metadata.name}, else the fallback. */
	String slug(String fallback) {
		return PyValues.strOr(manifest.path("metadata").get("name"), fallback);
	}

	/** {@code metadata.display_name}, else the slug in title case. */
	String displayName(String slug) {
		return PyValues.strOr(manifest.path("metadata").get("display_name"), titleCase(slug));
	}

	/** Copies what the manifest configures onto a project. */
	void applyTo(ObjectNode project) {
		project.set("enabled_tool_ids", toolIds());
		ObjectNode channels = Json.object();
		manifest.path("channels").properties().forEach(channel -> {
			if (channel.getValue().isObject()) {
				channels.set(channel.getKey(), channel.getValue());
			}
		});
		project.set("channels", channels);
		JsonNode systemPrompt = manifest.has("system_prompt") ? manifest.get("system_prompt")
				: manifest.path("agent").get("system_prompt");
		if (systemPrompt != null && systemPrompt.isString()) {
			project.put("system_prompt", systemPrompt.stringValue());
		}
		if (manifest.path("model_preferences").isObject()) {
			project.set("model_preferences", manifest.get("model_preferences"));
		}
		project.put("soul_content", soulContent);
		project.set("skills", skills);
	}

	private ArrayNode toolIds() {
		TreeSet<String> ids = new TreeSet<>();
		for (JsonNode server : manifest.path("tools").path("mcp")) {
			JsonNode include = server.has("include") ? server.get("include") : server.path("tools").get("include");
			if (include != null && include.isArray()) {
				include.forEach(id -> ids.add(PyValues.str(id)));
			}
		}
		ArrayNode array = Json.array();
		ids.forEach(array::add);
		return array;
	}

	/** Python's {@code slug.replace("-", " ").replace("_", " ").title()}. */
	private static String titleCase(String slug) {
		StringBuilder out = new StringBuilder();
		boolean startOfWord = true;
		for (char c : slug.replace('-', ' ').replace('_', ' ').toCharArray()) {
			out.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
			startOfWord = !Character.isLetter(c);
		}
		return out.toString();
	}

}
