package com.generalaugment.client.responses;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The {@code text.format} of a request: plain text, any JSON object, or JSON that follows a schema.
 *
 * @param type {@code text}, {@code json_object} or {@code json_schema}
 * @param name the schema's name ({@code json_schema} only)
 * @param strict whether the schema must be followed strictly ({@code json_schema} only)
 * @param schema the JSON schema as plain Java values ({@code json_schema} only)
 */
public record TextFormat(String type, @Nullable String name, @Nullable Boolean strict,
		@Nullable Map<String, Object> schema) {

	/**
	 * Validates the type.
	 * @param type the type
	 * @param name the name
	 * @param strict the strict flag
	 * @param schema the schema
	 */
	public TextFormat {
		Objects.requireNonNull(type, "type");
		if ("json_schema".equals(type) && (name == null || name.isBlank() || schema == null)) {
			throw new IllegalArgumentException("A json_schema format needs a name and a schema");
		}
	}

	/** @return plain text output */
	public static TextFormat text() {
		return new TextFormat("text", null, null, null);
	}

	/** @return output that is any JSON object */
	public static TextFormat jsonObject() {
		return new TextFormat("json_object", null, null, null);
	}

	/**
	 * Output that follows a JSON schema given as plain values (maps and lists).
	 * @param name the schema's name, e.g. {@code travel_preference}
	 * @param schema the schema
	 * @param strict whether to follow it strictly
	 * @return the format
	 */
	public static TextFormat jsonSchema(String name, Map<String, Object> schema, boolean strict) {
		return new TextFormat("json_schema", name, strict, schema);
	}

	/**
	 * Output that follows the schema derived from a Java type (see {@link JsonSchemas#of(Class)}),
	 * named after the type in snake_case and strict.
	 * @param type a record, enum or simple class
	 * @return the format
	 */
	public static TextFormat jsonSchema(Class<?> type) {
		return jsonSchema(JsonSchemas.nameOf(type), JsonSchemas.of(type), true);
	}

}
