package com.generalaugment.mock.platform.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mock's one Jackson 3 mapper and tree helpers. Parsing follows Python's {@code json.loads}, which the
 * platform's mock uses: trailing content is an error, {@code NaN}/{@code Infinity} are accepted, floats stay
 * doubles.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.build();

	private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

	private Json() {
	}

	/**
	 * Parses JSON text.
	 *
	 * @param bytes the UTF-8 text
	 * @return the tree, or a missing node when the text holds no value at all
	 * @throws JacksonException when the text is not JSON
	 */
	public static JsonNode parse(byte[] bytes) {
		JsonNode node = MAPPER.readTree(bytes);
		return node == null ? MissingNode.getInstance() : node;
	}

	/**
	 * Converts plain Java values (maps, lists, strings, numbers, booleans) into a tree.
	 *
	 * @param value the value
	 * @return the tree
	 */
	public static JsonNode tree(Object value) {
		return MAPPER.valueToTree(value);
	}

	/**
	 * A new empty object node.
	 *
	 * @return the node
	 */
	public static ObjectNode object() {
		return NODES.objectNode();
	}

	/**
	 * A new empty array node.
	 *
	 * @return the node
	 */
	public static ArrayNode array() {
		return NODES.arrayNode();
	}

	/**
	 * A string node, or JSON {@code null} for a Java {@code null}.
	 *
	 * @param value the string
	 * @return the node
	 */
	public static JsonNode text(String value) {
		return value == null ? NODES.nullNode() : NODES.stringNode(value);
	}

	/**
	 * Python's {@code _object_payload}: a copy of the value when it is an object, else an empty object.
	 *
	 * @param value any node, possibly {@code null}
	 * @return an object node the caller may modify
	 */
	public static ObjectNode objectOrEmpty(JsonNode value) {
		return value != null && value.isObject() ? ((ObjectNode) value).deepCopy() : object();
	}

}
