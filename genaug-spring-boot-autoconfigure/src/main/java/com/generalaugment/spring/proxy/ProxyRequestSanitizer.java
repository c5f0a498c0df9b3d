package com.generalaugment.spring.proxy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.generalaugment.client.responses.InputMessage;
import com.generalaugment.client.responses.InputMessage.InputPart;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.TextFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the upstream request from a client's body. Only an allow-list passes — {@code input},
 * {@code metadata}, {@code text} (output format), {@code previous_response_id}, {@code stream}, plus
 * {@code instructions} and a {@code model} from {@code allowed-models} when configured — and every other
 * field is dropped. The {@code user} is always the resolved one, never the body's. Limits are checked
 * here and answered with 400 naming the limit.
 */
final class ProxyRequestSanitizer {

	private static final Set<String> MESSAGE_ROLES = Set.of("user", "assistant");

	private static final Set<String> INSTRUCTION_ROLES = Set.of("system", "developer");

	private static final Set<String> PART_TYPES = Set.of("input_text", "output_text");

	private static final int MAX_RESPONSE_ID_CHARS = 256;

	private final ProxySettings settings;

	private final JsonMapper mapper;

	ProxyRequestSanitizer(ProxySettings settings, JsonMapper mapper) {
		this.settings = settings;
		this.mapper = mapper;
	}

	/**
	 * The body's {@code user}, to be weighed by the {@link ProxyUserResolver}.
	 * @param body the body
	 * @return the claimed user, or {@code null}
	 */
	static @Nullable String claimedUser(ObjectNode body) {
		JsonNode user = body.get("user");
		return (user != null && user.isString()) ? user.stringValue() : null;
	}

	SanitizedRequest sanitize(ObjectNode body, String userId) {
		ResponseCreateParams.Builder request = ResponseCreateParams.builder()
			.model(model(body.get("model")))
			.user(userId);
		input(body.get("input"), request);
		String instructions = optionalString(body, "instructions");
		if (instructions != null && this.settings.allowInstructions()) {
			checkLength(instructions.length(), "instructions_too_long", "instructions");
			request.instructions(instructions);
		}
		request.metadata(metadata(body.get("metadata")));
		request.text(textFormat(body.get("text")));
		String previousResponseId = optionalString(body, "previous_response_id");
		if (previousResponseId != null) {
			if (previousResponseId.isBlank() || previousResponseId.length() > MAX_RESPONSE_ID_CHARS) {
				throw ProxyRequestException.badRequest("invalid_request", "previous_response_id is not a response id.");
			}
			request.previousResponseId(previousResponseId);
		}
		JsonNode stream = body.get("stream");
		if (stream != null && !stream.isNull() && !stream.isBoolean()) {
			throw ProxyRequestException.badRequest("invalid_request", "stream must be true or false.");
		}
		return new SanitizedRequest(request.build(), stream != null && stream.isBoolean() && stream.booleanValue(),
				previousResponseId);
	}

	private String model(@Nullable JsonNode model) {
		if (model != null && model.isString() && this.settings.allowedModels().contains(model.stringValue())) {
			return model.stringValue();
		}
		return this.settings.model();
	}

	private void input(@Nullable JsonNode input, ResponseCreateParams.Builder request) {
		if (input != null && input.isString() && !input.stringValue().isBlank()) {
			checkLength(input.stringValue().length(), "input_too_long", "input");
			request.input(input.stringValue());
			return;
		}
		if (input != null && input.isArray() && !input.isEmpty()) {
			List<InputMessage> messages = new ArrayList<>();
			long chars = 0;
			for (JsonNode item : input) {
				InputMessage message = message(item);
				chars += (message.text() != null) ? message.text().length()
						: Objects.requireNonNull(message.parts()).stream().mapToLong((part) -> part.text().length()).sum();
				messages.add(message);
			}
			checkLength(chars, "input_too_long", "input");
			request.input(messages);
			return;
		}
		throw ProxyRequestException.badRequest("invalid_request",
				"input is required: a non-empty string or a list of messages {role, content}.");
	}

	private InputMessage message(JsonNode item) {
		JsonNode role = item.get("role");
		JsonNode content = item.get("content");
		if (role == null || !role.isString() || content == null) {
			throw ProxyRequestException.badRequest("invalid_request", "Each input message needs a role and content.");
		}
		boolean allowed = MESSAGE_ROLES.contains(role.stringValue())
				|| (this.settings.allowInstructions() && INSTRUCTION_ROLES.contains(role.stringValue()));
		if (!allowed) {
			throw ProxyRequestException.badRequest("invalid_request",
					"Input message roles must be " + (this.settings.allowInstructions()
							? "user, assistant, system or developer." : "user or assistant."));
		}
		if (content.isString()) {
			return new InputMessage(role.stringValue(), content.stringValue(), null);
		}
		if (content.isArray() && !content.isEmpty()) {
			List<InputPart> parts = new ArrayList<>();
			for (JsonNode part : content) {
				JsonNode type = part.get("type");
				JsonNode text = part.get("text");
				if (type == null || !type.isString() || !PART_TYPES.contains(type.stringValue()) || text == null
						|| !text.isString()) {
					throw ProxyRequestException.badRequest("invalid_request",
							"Input content parts must be {\"type\": \"input_text\", \"text\": \"…\"}.");
				}
				parts.add(new InputPart(type.stringValue(), text.stringValue()));
			}
			return new InputMessage(role.stringValue(), null, parts);
		}
		throw ProxyRequestException.badRequest("invalid_request",
				"Input message content must be a string or a list of input_text parts.");
	}

	private Map<String, Object> metadata(@Nullable JsonNode metadata) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (metadata == null || metadata.isNull()) {
			return values;
		}
		if (!metadata.isObject()) {
			throw ProxyRequestException.badRequest("invalid_request", "metadata must be an object.");
		}
		if (metadata.size() > this.settings.maxMetadataEntries()) {
			throw ProxyRequestException.badRequest("too_many_metadata_entries",
					"metadata has more than " + this.settings.maxMetadataEntries() + " entries.");
		}
		for (Map.Entry<String, JsonNode> entry : metadata.properties()) {
			if (entry.getKey().length() > this.settings.maxMetadataKeyChars()) {
				throw ProxyRequestException.badRequest("metadata_key_too_long", "metadata keys must be at most "
						+ this.settings.maxMetadataKeyChars() + " characters.");
			}
			JsonNode value = entry.getValue();
			Object plain;
			if (value.isString()) {
				plain = value.stringValue();
			}
			else if (value.isNumber()) {
				plain = value.numberValue();
			}
			else if (value.isBoolean()) {
				plain = value.booleanValue();
			}
			else {
				throw ProxyRequestException.badRequest("invalid_request",
						"metadata values must be strings, numbers or booleans.");
			}
			if (plain.toString().length() > this.settings.maxMetadataValueChars()) {
				throw ProxyRequestException.badRequest("metadata_value_too_long", "metadata values must be at most "
						+ this.settings.maxMetadataValueChars() + " characters.");
			}
			values.put(entry.getKey(), plain);
		}
		return values;
	}

	@SuppressWarnings("unchecked")
	private @Nullable TextFormat textFormat(@Nullable JsonNode text) {
		JsonNode format = (text != null && text.isObject()) ? text.get("format") : null;
		if (format == null || format.isNull()) {
			return null;
		}
		String type = format.isObject() ? optionalString((ObjectNode) format, "type") : null;
		if ("text".equals(type)) {
			return TextFormat.text();
		}
		if ("json_object".equals(type)) {
			return TextFormat.jsonObject();
		}
		if ("json_schema".equals(type)) {
			String name = optionalString((ObjectNode) format, "name");
			JsonNode schema = format.get("schema");
			JsonNode strict = format.get("strict");
			if (name == null || name.isBlank() || schema == null || !schema.isObject()
					|| (strict != null && !strict.isNull() && !strict.isBoolean())) {
				throw ProxyRequestException.badRequest("invalid_request",
						"text.format json_schema needs a name, a schema object and an optional boolean strict.");
			}
			Boolean strictValue = (strict != null && strict.isBoolean()) ? strict.booleanValue() : null;
			return new TextFormat("json_schema", name, strictValue, this.mapper.treeToValue(schema, Map.class));
		}
		throw ProxyRequestException.badRequest("invalid_request",
				"text.format.type must be text, json_object or json_schema.");
	}

	private void checkLength(long chars, String reason, String field) {
		if (chars > this.settings.maxInputChars()) {
			throw ProxyRequestException.badRequest(reason,
					field + " is longer than the limit of " + this.settings.maxInputChars() + " characters.");
		}
	}

	private static @Nullable String optionalString(ObjectNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw ProxyRequestException.badRequest("invalid_request", field + " must be a string.");
		}
		return value.stringValue();
	}

	/**
	 * What the proxy sends upstream.
	 *
	 * @param request the sanitized request, {@code user} set to the resolved user
	 * @param stream whether the client asked for a stream in the body
	 * @param previousResponseId the response the client wants to continue, to check ownership of
	 */
	record SanitizedRequest(ResponseCreateParams request, boolean stream, @Nullable String previousResponseId) {
	}

}
