package com.generalaugment.mock.platform.admin;

import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyText;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * One SKILL.md text read the way the platform's mock reads it. Front matter exists only when the text
 * starts with {@code ---}: the YAML between the first two {@code ---} is the metadata when it is a
 * mapping. The name is {@code metadata.name} when that is a non-blank string, else the first line starting
 * with {@code #} without its leading {@code #}s and spaces, else {@code Untitled Skill}.
 *
 * @param content the text as stored
 * @param metadata the front matter mapping, YAML types kept; {@code {}} without one
 * @param name the derived name
 */
record SkillText(String content, ObjectNode metadata, String name) {

	private static final String FENCE = "---";

	private static final String UNTITLED = "Untitled Skill";

	static SkillText parse(String content) {
		ObjectNode metadata = Json.object();
		String body = content;
		if (content.startsWith(FENCE)) {
			String[] parts = content.split(FENCE, 3);
			if (parts.length == 3) {
				metadata = yamlMapping(parts[1]);
				body = parts[2];
			}
		}
		return new SkillText(content, metadata, name(metadata, body));
	}

	/**
	 * The {@code path} slug: the lower-cased name with every run of characters outside
	 * {@code [A-Za-z0-9_-]} replaced by {@code -}, ends trimmed of {@code -}, {@code skill} when empty.
	 */
	String slug() {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "skill" : slug;
	}

	/** The list view: {@code {name, description, version, tags, tools, path}}. */
	ObjectNode summary() {
		ObjectNode json = Json.object();
		json.put("name", name);
		json.put("description", PyValues.strOr(metadata.get("description"), ""));
		json.put("version", PyValues.strOr(metadata.get("version"), "1.0"));
		json.set("tags", strings(metadata.get("tags")));
		json.set("tools", strings(metadata.get("tools")));
		json.put("path", "skills/" + slug() + "/SKILL.md");
		return json;
	}

	/** The detail view: {@code {name, content, metadata}}. */
	ObjectNode toJson() {
		ObjectNode json = Json.object();
		json.put("name", name);
		json.put("content", content);
		json.set("metadata", metadata.deepCopy());
		return json;
	}

	private static ObjectNode yamlMapping(String yaml) {
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			return loaded instanceof Map<?, ?> map ? (ObjectNode) Json.tree(map) : Json.object();
		}
		catch (YAMLException | JacksonException | IllegalArgumentException ex) {
			// A broken front matter is no front matter, so one bad skill never breaks a project's listing.
			return Json.object();
		}
	}

	private static String name(ObjectNode metadata, String body) {
		JsonNode declared = metadata.get("name");
		if (declared != null && declared.isString() && !declared.stringValue().isBlank()) {
			return PyText.strip(declared.stringValue());
		}
		for (String line : body.split("\\R", -1)) {
			if (line.startsWith("#")) {
				String heading = PyText.strip(line.replaceFirst("^[# ]+", ""));
				return heading.isEmpty() ? UNTITLED : heading;
			}
		}
		return UNTITLED;
	}

	private static ArrayNode strings(@Nullable JsonNode values) {
		ArrayNode strings = Json.array();
		if (values != null && values.isArray()) {
			values.forEach(value -> strings.add(PyValues.str(value)));
		}
		return strings;
	}

}
