package com.generalaugment.client.responses;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema derived from a Java type is what strict structured output accepts and what Jackson's
 * annotations say: names, descriptions, ignored fields, enums, nested records, lists, optional
 * components and recursive types.
 */
class JsonSchemasTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@JsonClassDescription("How a traveller likes to sit")
	record SeatPreference(@JsonPropertyDescription("window, aisle or middle") Seat seat,
			@JsonProperty("leg_room") int legRoom, Optional<String> note, @Nullable String cabin,
			List<Stop> stops, @JsonIgnore String internal) {
	}

	enum Seat {

		@JsonProperty("window")
		WINDOW, @JsonProperty("aisle")
		AISLE, @JsonProperty("middle")
		MIDDLE

	}

	record Stop(String city, int minutes) {
	}

	record Category(String name, List<Category> children) {
	}

	@Test
	void recordBecomesAStrictObjectWithEveryPropertyRequiredInDeclarationOrder() {
		JsonNode schema = schema(SeatPreference.class);
		assertThat(schema.get("type").stringValue()).isEqualTo("object");
		assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
		assertThat(fieldNames(schema.get("properties"))).containsExactly("seat", "leg_room", "note", "cabin", "stops");
		assertThat(schema.get("required").valueStream().map(JsonNode::stringValue).toList())
			.containsExactlyInAnyOrder("seat", "leg_room", "note", "cabin", "stops");
		assertThat(schema.has("$schema")).isFalse();
	}

	@Test
	void jacksonAnnotationsNameDescribeAndHide() {
		JsonNode schema = schema(SeatPreference.class);
		assertThat(schema.get("description").stringValue()).isEqualTo("How a traveller likes to sit");
		JsonNode properties = schema.get("properties");
		assertThat(properties.get("seat").get("description").stringValue()).isEqualTo("window, aisle or middle");
		assertThat(properties.has("legRoom")).isFalse();
		assertThat(properties.get("leg_room").get("type").stringValue()).isEqualTo("integer");
		assertThat(properties.has("internal")).isFalse();
	}

	@Test
	void enumsAreStringsWithTheirJsonNames() {
		JsonNode seat = schema(SeatPreference.class).get("properties").get("seat");
		assertThat(seat.get("type").stringValue()).isEqualTo("string");
		assertThat(seat.get("enum").valueStream().map(JsonNode::stringValue).toList())
			.containsExactly("window", "aisle", "middle");
	}

	@Test
	void optionalAndNullableComponentsAreRequiredButAllowNull() {
		JsonNode properties = schema(SeatPreference.class).get("properties");
		assertThat(properties.get("note").toString()).contains("\"string\"").contains("\"null\"");
		assertThat(properties.get("cabin").toString()).contains("\"string\"").contains("\"null\"");
		assertThat(properties.get("seat").toString()).doesNotContain("\"null\"");
	}

	@Test
	void listsOfNestedRecordsAreArraysOfStrictObjects() {
		JsonNode stops = schema(SeatPreference.class).get("properties").get("stops");
		assertThat(stops.get("type").stringValue()).isEqualTo("array");
		JsonNode stop = stops.get("items");
		assertThat(stop.get("type").stringValue()).isEqualTo("object");
		assertThat(stop.get("additionalProperties").booleanValue()).isFalse();
		assertThat(fieldNames(stop.get("properties"))).containsExactly("city", "minutes");
	}

	@Test
	void recursiveTypesReferToThemselves() {
		JsonNode schema = schema(Category.class);
		JsonNode children = schema.get("properties").get("children");
		assertThat(children.get("type").stringValue()).isEqualTo("array");
		String reference = children.get("items").get("$ref").stringValue();
		assertThat(reference).startsWith("#");
		if (!reference.equals("#")) {
			assertThat(schema.get("$defs")).isNotNull();
		}
	}

	@Test
	void theSchemaNameIsTheSimpleNameInSnakeCase() {
		assertThat(JsonSchemas.nameOf(SeatPreference.class)).isEqualTo("seat_preference");
	}

	@Test
	void aPrimitiveCannotBeAnObjectSchema() {
		assertThatThrownBy(() -> JsonSchemas.of(int.class)).isInstanceOf(IllegalArgumentException.class);
	}

	private static JsonNode schema(Class<?> type) {
		Map<String, Object> schema = JsonSchemas.of(type);
		return JSON.valueToTree(schema);
	}

	private static List<String> fieldNames(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

}
