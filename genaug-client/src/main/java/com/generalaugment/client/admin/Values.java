package com.generalaugment.client.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Argument checks and tolerant readers shared by the admin models.
 */
final class Values {

	private Values() {
	}

	/** The sender of a hosted test call when none is set. */
	static final String DEFAULT_TEST_PHONE = "+15550000000";

	/** The channel of a hosted test call when none is set. */
	static final String DEFAULT_TEST_CHANNEL = "whatsapp";

	/** The identity provider when none is set. */
	static final String DEFAULT_PROVIDER_NAME = "app";

	/** A decimal the platform may send as a number or as a numeric string (Python {@code Decimal}). */
	static double decimal(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value != null && value.isNumber()) {
			return value.asDouble();
		}
		if (value != null && value.isString()) {
			try {
				return Double.parseDouble(value.stringValue().strip());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
		return 0;
	}

	/** The objects of an array field; other items are skipped. */
	static List<JsonNode> objects(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !value.isArray()) {
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>(value.size());
		value.forEach((item) -> {
			if (item.isObject()) {
				items.add(item);
			}
		});
		return Collections.unmodifiableList(items);
	}

	/** A PATCH body: each field as set, a {@code null} value sent as JSON {@code null} (which clears it). */
	static ObjectNode patchBody(Map<String, @Nullable Object> fields, ObjectMapper mapper) {
		ObjectNode body = mapper.createObjectNode();
		fields.forEach((name, value) -> {
			if (value == null) {
				body.putNull(name);
			}
			else {
				body.set(name, mapper.valueToTree(value));
			}
		});
		return body;
	}

	static @Nullable LocalDate date(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !value.isString()) {
			return null;
		}
		String text = value.stringValue().strip();
		try {
			return LocalDate.parse((text.length() > 10) ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
