package com.generalaugment.mock.platform.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyJson;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * The structured output of contract §7: a JSON value built from the request's {@code text.format}, written
 * with sorted keys and Python's {@code ", "} / {@code ": "} separators.
 */
public final class StructuredOutput {

	private static final Set<String> TRUE_NAMES = Set.of("ok", "success", "passed", "valid");

	private static final Set<String> LABEL_NAMES = Set.of("label", "status", "message", "summary");

	private StructuredOutput() {
	}

	/**
	 * The structured output text, when the request asks for {@code json_schema} or {@code json_object}.
	 *
	 * @param payload the request body
	 * @param inputText the input text
	 * @return the JSON text, or empty for a plain-text request
	 */
	public static Optional<String> text(ObjectNode payload, String inputText) {
		ObjectNode format = Json.objectOrEmpty(Json.objectOrEmpty(payload.get("text")).get("format"));
		String type = format.path("type").isString() ? format.get("type").stringValue() : "";
		if (type.equals("json_schema")) {
			return Optional.of(PyJson.spaced(valueFor(Json.objectOrEmpty(format.get("schema")), inputText)));
		}
		if (type.equals("json_object")) {
			ObjectNode value = Json.object();
			value.put("label", MockText.label(inputText));
			value.put("ok", true);
			return Optional.of(PyJson.spaced(value));
		}
		return Optional.empty();
	}

	/**
	 * Builds a value for a schema: {@code const}, else the first {@code enum} value, else by type (the first
	 * non-"null" type of a list): {@code object} (or no type but {@code properties}) → the required
	 * properties that exist (all when {@code required} is missing or empty); {@code array} → one item;
	 * {@code boolean} → true; {@code integer} → 1; {@code number} → 1.0; {@code null} → null; anything
	 * else → the label.
	 *
	 * @param schema the schema
	 * @param inputText the input text
	 * @return the value
	 */
	static JsonNode valueFor(ObjectNode schema, String inputText) {
		if (schema.has("const")) {
			return schema.get("const");
		}
		JsonNode enumValues = schema.get("enum");
		if (enumValues != null && enumValues.isArray() && !enumValues.isEmpty()) {
			return enumValues.get(0);
		}
		JsonNode type = effectiveType(schema.get("type"));
		boolean noType = type == null || type.isNull();
		String typeName = type != null && type.isString() ? type.stringValue() : "";
		JsonNode properties = schema.get("properties");
		if (typeName.equals("object") || (noType && properties != null && properties.isObject())) {
			return objectFor(Json.objectOrEmpty(properties), schema.get("required"), inputText);
		}
		return switch (typeName) {
			case "array" -> Json.array().add(valueFor(Json.objectOrEmpty(schema.get("items")), inputText));
			case "boolean" -> BooleanNode.TRUE;
			case "integer" -> IntNode.valueOf(1);
			case "number" -> DoubleNode.valueOf(1.0);
			case "null" -> NullNode.getInstance();
			default -> Json.text(MockText.label(inputText));
		};
	}

	/** Python picks the first list entry that is not the string "null" (an all-"null" list gives "null"). */
	private static @Nullable JsonNode effectiveType(JsonNode type) {
		if (type == null || !type.isArray()) {
			return type;
		}
		for (JsonNode item : type) {
			if (!(item.isString() && item.stringValue().equals("null"))) {
				return item;
			}
		}
		return type.isEmpty() ? null : type.get(0);
	}

	private static ObjectNode objectFor(ObjectNode properties, JsonNode required, String inputText) {
		List<String> names = new ArrayList<>();
		if (required != null && required.isArray() && !required.isEmpty()) {
			for (JsonNode name : required) {
				String text = PyValues.str(name);
				if (properties.has(text)) {
					names.add(text);
				}
			}
		}
		else {
			names.addAll(properties.propertyNames());
		}
		ObjectNode value = Json.object();
		for (String name : names) {
			value.set(name, namedValue(name, Json.objectOrEmpty(properties.get(name)), inputText));
		}
		return value;
	}

	/** Smoke-test friendly defaults for untyped properties with well-known names (contract §7). */
	private static JsonNode namedValue(String name, ObjectNode schema, String inputText) {
		String normalized = name.toLowerCase(Locale.ROOT).replace('-', '_');
		if (!schema.has("type") && TRUE_NAMES.contains(normalized)) {
			return BooleanNode.TRUE;
		}
		if (!schema.has("type") && LABEL_NAMES.contains(normalized)) {
			return Json.text(MockText.label(inputText));
		}
		return valueFor(schema, inputText);
	}

}
