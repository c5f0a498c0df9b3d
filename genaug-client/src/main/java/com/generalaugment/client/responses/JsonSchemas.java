package com.generalaugment.client.responses;

import java.lang.reflect.AnnotatedType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON schema of a Java type for structured output in strict mode, so a caller can ask for a
 * record and get one back without writing the schema by hand. Built on victools'
 * {@code jsonschema-generator} with its Jackson module, so Jackson's annotations shape the schema as they
 * shape the parsing: {@link JsonProperty} names, {@link JsonPropertyDescription} and
 * {@link JsonClassDescription} descriptions, {@link JsonIgnore}.
 *
 * <p>Strict mode asks for every object to list all of its properties as required and to forbid others:
 * a component that may be absent — an {@link Optional} or one annotated {@link Nullable} — is required
 * all the same and allows {@code null}. Enums become strings with {@code enum}, collections and arrays
 * {@code array}s, nested records {@code object}s; a type met more than once, recursive ones included, is
 * described once under {@code $defs} and referred to with {@code $ref}.
 */
public final class JsonSchemas {

	private static final SchemaGenerator GENERATOR = generator();

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	// Generating walks the type reflectively; a structured call asks for the same type's schema every time.
	private static final ClassValue<ObjectNode> SCHEMAS = new ClassValue<>() {
		@Override
		protected ObjectNode computeValue(Class<?> type) {
			return GENERATOR.generateSchema(type);
		}
	};

	private JsonSchemas() {
	}

	/**
	 * The schema of a type, as plain maps and lists.
	 * @param type the type
	 * @return the schema
	 * @throws IllegalArgumentException when the type cannot be described as JSON (a primitive, a
	 * {@code void})
	 */
	public static Map<String, Object> of(Class<?> type) {
		if (type.isPrimitive() || type == Void.class) {
			throw new IllegalArgumentException("Cannot derive a JSON object schema for " + type.getName());
		}
		// A fresh copy each time: the caller may change it.
		return MAPPER.convertValue(SCHEMAS.get(type), new TypeReference<Map<String, Object>>() {
		});
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

	private static SchemaGenerator generator() {
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
				OptionPreset.PLAIN_JSON)
			.with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY,
					JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
			.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_OPTIONALS,
					Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
			// No "$schema": the platform takes the schema itself, not a document about it.
			.without(Option.SCHEMA_VERSION_INDICATOR);
		config.forFields()
			.withRequiredCheck((field) -> true)
			.withNullableCheck(JsonSchemas::isNullable);
		// Declaration order, the order a reader of the record expects.
		config.forTypesInGeneral().withPropertySorter((first, second) -> 0);
		return new SchemaGenerator(config.build());
	}

	private static boolean isNullable(FieldScope field) {
		if (field.getRawMember().getType() == Optional.class) {
			return true;
		}
		AnnotatedType type = field.getRawMember().getAnnotatedType();
		return type.isAnnotationPresent(Nullable.class) || field.getAnnotation(Nullable.class) != null;
	}

}
