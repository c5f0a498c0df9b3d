package com.generalaugment.client.responses;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Derives the JSON schema of a Java type for structured output, so a caller can ask for a record and
 * get one back without writing the schema by hand.
 *
 * <p>Records and classes map to {@code object}s whose properties are the record components or the
 * non-static fields (named by {@link JsonProperty} when present), all required and with
 * {@code additionalProperties: false} as strict mode demands; enums to strings with {@code enum};
 * {@link String}, {@link UUID}, {@link URI} and date-time types to {@code string}; integral types to
 * {@code integer}; other numbers to {@code number}; {@code boolean}; collections and arrays to
 * {@code array}; {@link Map}s with string keys to {@code object} with {@code additionalProperties};
 * {@link Optional} to its content. Recursive types are refused.
 */
public final class JsonSchemas {

	private JsonSchemas() {
	}

	/**
	 * The schema of a type, as plain maps and lists.
	 * @param type the type
	 * @return the schema
	 * @throws IllegalArgumentException when the type cannot be described (e.g. it is recursive)
	 */
	public static Map<String, Object> of(Class<?> type) {
		return schema(type, new HashSet<>());
	}

	/**
	 * The schema name used for a type: its simple name in snake_case, e.g.
	 * {@code SupportTriage → support_triage}.
	 * @param type the type
	 * @return the name
	 */
	public static String nameOf(Class<?> type) {
		String simple = type.getSimpleName();
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < simple.length(); i++) {
			char c = simple.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				name.append('_');
			}
			name.append(Character.toLowerCase(c));
		}
		return name.toString().toLowerCase(Locale.ROOT);
	}

	private static Map<String, Object> schema(Type type, Set<Class<?>> visiting) {
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			Type[] arguments = parameterized.getActualTypeArguments();
			if (Optional.class.equals(raw)) {
				return schema(arguments[0], visiting);
			}
			if (Collection.class.isAssignableFrom(raw)) {
				return Map.of("type", "array", "items", schema(arguments[0], visiting));
			}
			if (Map.class.isAssignableFrom(raw)) {
				return Map.of("type", "object", "additionalProperties", schema(arguments[1], visiting));
			}
			return schema(raw, visiting);
		}
		if (type instanceof GenericArrayType array) {
			return Map.of("type", "array", "items", schema(array.getGenericComponentType(), visiting));
		}
		if (type instanceof WildcardType wildcard) {
			return schema(wildcard.getUpperBounds()[0], visiting);
		}
		if (!(type instanceof Class<?> clazz)) {
			throw new IllegalArgumentException("Cannot derive a JSON schema for " + type);
		}
		Map<String, Object> simple = simpleSchema(clazz);
		if (simple != null) {
			return simple;
		}
		if (clazz.isArray()) {
			return Map.of("type", "array", "items", schema(clazz.getComponentType(), visiting));
		}
		if (Collection.class.isAssignableFrom(clazz) || Map.class.isAssignableFrom(clazz)
				|| Optional.class.equals(clazz) || clazz == Object.class) {
			throw new IllegalArgumentException("Cannot derive a JSON schema for the raw type " + clazz.getName()
					+ "; declare its element type, e.g. List<String>");
		}
		if (!visiting.add(clazz)) {
			throw new IllegalArgumentException("Cannot derive a JSON schema for recursive type " + clazz.getName());
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		if (clazz.isRecord()) {
			for (RecordComponent component : clazz.getRecordComponents()) {
				properties.put(propertyName(component.getName(), component.getAccessor().getAnnotation(JsonProperty.class),
						component.getAnnotation(JsonProperty.class)), schema(component.getGenericType(), visiting));
			}
		}
		else {
			for (Field field : clazz.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
					continue;
				}
				properties.put(propertyName(field.getName(), field.getAnnotation(JsonProperty.class), null),
						schema(field.getGenericType(), visiting));
			}
		}
		visiting.remove(clazz);
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("type", "object");
		object.put("properties", properties);
		object.put("required", new ArrayList<>(properties.keySet()));
		object.put("additionalProperties", false);
		return object;
	}

	private static Map<String, Object> simpleSchema(Class<?> clazz) {
		if (clazz == String.class || clazz == char.class || clazz == Character.class || clazz == UUID.class
				|| clazz == URI.class || CharSequence.class.isAssignableFrom(clazz)) {
			return Map.of("type", "string");
		}
		if (Temporal.class.isAssignableFrom(clazz)) {
			return Map.of("type", "string", "format", "date-time");
		}
		if (clazz == boolean.class || clazz == Boolean.class) {
			return Map.of("type", "boolean");
		}
		if (clazz == int.class || clazz == long.class || clazz == short.class || clazz == byte.class
				|| clazz == Integer.class || clazz == Long.class || clazz == Short.class || clazz == Byte.class
				|| clazz == BigInteger.class) {
			return Map.of("type", "integer");
		}
		if (clazz == double.class || clazz == float.class || clazz == Double.class || clazz == Float.class
				|| clazz == BigDecimal.class || clazz == Number.class) {
			return Map.of("type", "number");
		}
		if (clazz.isEnum()) {
			List<String> values = new ArrayList<>();
			for (Object constant : clazz.getEnumConstants()) {
				values.add(((Enum<?>) constant).name());
			}
			return Map.of("type", "string", "enum", values);
		}
		return null;
	}

	private static String propertyName(String name, JsonProperty first, JsonProperty second) {
		for (JsonProperty annotation : new JsonProperty[] { first, second }) {
			if (annotation != null && !annotation.value().isEmpty()) {
				return annotation.value();
			}
		}
		return name;
	}

}
