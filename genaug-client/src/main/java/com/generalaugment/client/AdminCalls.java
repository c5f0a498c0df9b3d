package com.generalaugment.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.generalaugment.client.admin.ConfigDeployParams;
import com.generalaugment.client.internal.http.ApiRequest;
import com.generalaugment.client.internal.http.Transport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every admin service shares: the transport, the JSON mapper, the options their calls carry, and
 * the shape checks on replies. Immutable; {@link #withOptions} derives a copy.
 */
final class AdminCalls {

	static final String ADMIN = "/api/v1/admin";

	static final String INTEGRATIONS = "/api/v1/integrations";

	final Transport transport;

	final JsonMapper mapper;

	private final RequestOptions defaults;

	AdminCalls(Transport transport, JsonMapper mapper, RequestOptions defaults) {
		this.transport = transport;
		this.mapper = mapper;
		this.defaults = defaults;
	}

	AdminCalls withOptions(RequestOptions options) {
		return new AdminCalls(this.transport, this.mapper, this.defaults.overriddenBy(checked(options)));
	}

	ApiRequest.Builder admin(String operation, HttpMethod method, String path, String... segments) {
		return ApiRequest.builder(operation, method, ADMIN + path, segments);
	}

	ApiRequest.Builder integration(String operation, HttpMethod method, String path, String... segments) {
		return ApiRequest.builder(operation, method, INTEGRATIONS + path, segments);
	}

	JsonNode execute(ApiRequest.Builder request, RequestOptions options) {
		RequestOptions effective = this.defaults.overriddenBy(checked(options));
		if (effective != RequestOptions.none()) {
			request.headers(effective.headers()).timeout(effective.timeout());
		}
		return this.transport.execute(request.build());
	}

	byte[] json(JsonNode body) {
		return this.transport.writeJson(body);
	}

	ObjectNode configBody(ConfigDeployParams params) {
		return configBody(params.yamlContent(), params.soulContent(), params.skills());
	}

	ObjectNode configBody(String yamlContent, @Nullable String soulContent, List<String> skills) {
		ObjectNode body = this.mapper.createObjectNode().put("yaml_content", yamlContent);
		if (soulContent != null) {
			body.put("soul_content", soulContent);
		}
		body.set("skills", this.mapper.valueToTree(skills));
		return body;
	}

	static String readConfigFile(Path path) {
		Objects.requireNonNull(path, "path");
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the config file " + path, ex);
		}
	}

	JsonNode object(JsonNode reply, String operation) {
		return Replies.object(reply, operation, this.mapper);
	}

	static List<JsonNode> items(JsonNode reply, String operation) {
		JsonNode items = reply.isArray() ? reply : reply.get("items");
		if (items == null || items.isNull()) {
			return List.of();
		}
		if (!items.isArray()) {
			throw Replies.malformed(operation, "without an items list");
		}
		List<JsonNode> objects = new ArrayList<>(items.size());
		items.forEach((item) -> {
			if (item.isObject()) {
				objects.add(item);
			}
		});
		return objects;
	}

	private static RequestOptions checked(RequestOptions options) {
		Objects.requireNonNull(options, "options");
		if (options.idempotencyKey() != null) {
			throw new IllegalArgumentException("Admin calls take no idempotency key: the platform reads "
					+ "X-Idempotency-Key on responses only (pass a dispatchKey to scheduledJobs().dispatch instead)");
		}
		return options;
	}

}
