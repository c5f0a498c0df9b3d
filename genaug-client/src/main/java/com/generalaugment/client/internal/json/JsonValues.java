package com.generalaugment.client.internal.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small readers over JSON trees shared by the reply models: they tolerate absent fields and values of
 * an unexpected type by answering {@code null}, so a platform that adds or changes a field never breaks
 * a caller that does not read it.
 */
public final class JsonValues {

	/** The mapper the SDK uses when the caller supplies none. */
	public static final JsonMapper DEFAULT_MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private JsonValues() {
	}

	/**
	 * Check that a reply is a JSON object before a typed view wraps it.
	 * @param json the reply
	 * @param what what it should be, for the message (e.g. {@code "A project"})
	 * @return the same node
	 * @throws IllegalArgumentException when it is not an object
	 */
	public static JsonNode requireObject(JsonNode json, String what) {
		if (!json.isObject()) {
			throw new IllegalArgumentException(what + " must be a JSON object, was " + json.getNodeType());
		}
		return json;
	}

	/**
	 * A string field.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the string, or {@code null} when absent or not a string
	 */
	public static @Nullable String string(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	/**
	 * A scalar field as text: a string as it is, a number or boolean as its JSON.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the text, or {@code null} when absent, {@code null} or not a scalar
	 */
	public static @Nullable String scalarText(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || value.isNull() || value.isContainer() || value.isMissingNode()) {
			return null;
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

	/**
	 * A numeric field as a {@code Long}.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the number, or {@code null} when absent or not a number
	 */
	public static @Nullable Long longValue(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isNumber()) ? value.asLong() : null;
	}

	/**
	 * A numeric field as a {@code Double}.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the number, or {@code null} when absent or not a number
	 */
	public static @Nullable Double doubleValue(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isNumber()) ? value.asDouble() : null;
	}

	/**
	 * A count field: {@code 0} when absent or not a number.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the count
	 */
	public static long count(@Nullable JsonNode node, String field) {
		Long value = longValue(node, field);
		return (value != null) ? value : 0;
	}

	/**
	 * A timestamp field sent as epoch seconds or as an ISO-8601 string, with or without an offset
	 * (read as UTC when it has none).
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the instant, or {@code null} when absent or unreadable
	 */
	public static @Nullable Instant instant(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null) {
			return null;
		}
		if (value.isNumber()) {
			return Instant.ofEpochMilli((long) (value.asDouble() * 1000));
		}
		if (!value.isString()) {
			return null;
		}
		String text = value.stringValue().strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	/**
	 * A boolean field.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the value, or {@code null} when absent or not a boolean
	 */
	public static @Nullable Boolean booleanValue(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isBoolean()) ? value.asBoolean() : null;
	}

	/**
	 * A list of strings; non-string items are skipped.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the strings, empty when absent
	 */
	public static List<String> strings(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !value.isArray()) {
			return List.of();
		}
		List<String> result = new ArrayList<>(value.size());
		value.forEach((item) -> {
			if (item.isString()) {
				result.add(item.stringValue());
			}
		});
		return Collections.unmodifiableList(result);
	}

	/**
	 * An object field as an unmodifiable map of plain Java values.
	 * @param node the object, possibly {@code null}
	 * @param field the field name
	 * @return the map, empty when absent or not an object
	 */
	public static Map<String, Object> map(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !value.isObject()) {
			return Map.of();
		}
		Map<String, Object> result = new LinkedHashMap<>();
		value.properties().forEach((entry) -> result.put(entry.getKey(), plain(entry.getValue())));
		return Collections.unmodifiableMap(result);
	}

	/**
	 * A JSON value as a plain Java value (String, Number, Boolean, List, Map or {@code null}).
	 * @param node the value
	 * @return the plain value
	 */
	public static @Nullable Object plain(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return DEFAULT_MAPPER.convertValue(node, Object.class);
	}

}
