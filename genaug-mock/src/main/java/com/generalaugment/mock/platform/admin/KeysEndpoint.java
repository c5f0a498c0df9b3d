package com.generalaugment.mock.platform.admin;

import java.util.List;
import java.util.TreeSet;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/v1/admin/me} and {@code /api/v1/admin/keys}: who the caller's key is, and the API keys the
 * mock issues, with the platform mock's derivations: id {@code key_mock_} + 12 hex of the hashed request
 * body (so the same body gives the same key and overwrites its row), the raw key {@code gabtest_} /
 * {@code gablive_} / {@code gaadmlocal_} + 24 hex of the hashed id, shown once, in the create reply.
 *
 * <p>A caller whose credential is the raw value of an issued key bound to a project sees only that
 * project in {@code me} and only that project's keys here (and only that project in the project list).
 */
public final class KeysEndpoint {

	private static final int MASK_HEAD = 12;

	private static final int MASK_TAIL = 4;

	private final IssuedKeys keys;

	private final ProjectStore projects;

	/**
	 * @param keys the issued keys
	 * @param projects the project store, for the unscoped {@code project_ids}
	 */
	public KeysEndpoint(IssuedKeys keys, ProjectStore projects) {
		this.keys = keys;
		this.projects = projects;
	}

	/**
	 * {@code GET /me} → {@code {auth_method, project_id?, project_ids}}: one project for a project-bound key,
	 * else every project id, sorted.
	 *
	 * @param call the call
	 * @return the caller's identity
	 */
	public MockReply me(Call call) {
		String scope = keys.projectScope(call.credential());
		ObjectNode reply = Json.object();
		reply.put("auth_method", "api_key");
		ArrayNode projectIds = reply.putArray("project_ids");
		if (scope != null) {
			reply.put("project_id", scope);
			projectIds.add(scope);
		}
		else {
			TreeSet<String> ids = new TreeSet<>();
			projects.views().forEach(project -> ids.add(project.get("id").stringValue()));
			ids.forEach(projectIds::add);
		}
		return JsonReply.ok(reply);
	}

	/**
	 * {@code POST /keys}: issues (or, for a body seen before, re-issues in place) a key.
	 *
	 * @param call the call
	 * @return the row, with the raw {@code api_key}
	 */
	public MockReply create(Call call) {
		ObjectNode body = call.body();
		String id = "key_mock_" + Digests.sha256Hex(body).substring(0, 12);
		JsonNode runtimeMode = body.get("runtime_mode");
		String mode = runtimeMode != null && runtimeMode.isString() ? runtimeMode.stringValue() : "";
		String prefix = mode.equals("test") || mode.equals("live") ? "gab" + mode : "gaadmlocal";
		String apiKey = prefix + "_" + Digests.sha256Hex(Json.object().put("key_id", id)).substring(0, 24);

		ObjectNode row = Json.object();
		row.put("id", id);
		row.put("name", PyValues.strOr(body.get("name"), "Local mock key"));
		row.put("api_key", apiKey);
		row.put("masked_key", apiKey.substring(0, MASK_HEAD) + "..." + apiKey.substring(apiKey.length() - MASK_TAIL));
		row.set("scopes", scopes(body.get("scopes")));
		row.set("runtime_mode", echo(runtimeMode));
		row.set("project_id", echo(body.get("project_id")));
		row.set("expires_at", echo(body.get("expires_at")));
		row.put("created_by", "local_mock");
		row.put("created_at", MockClock.EPOCH.toString());
		row.putNull("last_used_at");
		keys.put(row);
		return JsonReply.ok(row.deepCopy());
	}

	/**
	 * {@code GET /keys} → {@code {items}}: the rows without {@code api_key}, in creation order.
	 *
	 * @param call the call
	 * @return the keys the caller may see
	 */
	public MockReply list(Call call) {
		String scope = keys.projectScope(call.credential());
		ObjectNode reply = Json.object();
		ArrayNode items = reply.putArray("items");
		for (ObjectNode row : keys.rows()) {
			if (scope == null || scope.equals(PyValues.optionalString(row.get("project_id")))) {
				items.add(withoutSecret(row));
			}
		}
		return JsonReply.ok(reply);
	}

	/**
	 * {@code PATCH /keys/{key}}: sets {@code name}, {@code scopes} and {@code expires_at} when the body names
	 * them; an explicit {@code expires_at: null} clears the expiry.
	 *
	 * @param call the call
	 * @return the row without {@code api_key}, or 404 {@code not_found}
	 */
	public MockReply update(Call call) {
		ObjectNode body = call.body();
		synchronized (keys) {
			ObjectNode row = keys.get(call.param("key"));
			if (row == null) {
				throw ApiError.notFound("API key not found.");
			}
			for (String field : List.of("name", "expires_at")) {
				if (body.has(field)) {
					row.set(field, body.get(field));
				}
			}
			if (body.has("scopes")) {
				row.set("scopes", scopes(body.get("scopes")));
			}
			return JsonReply.ok(withoutSecret(row));
		}
	}

	/**
	 * {@code DELETE /keys/{key}} → {@code {status:"revoked", id}}, also for an unknown id.
	 *
	 * @param call the call
	 * @return the receipt
	 */
	public MockReply revoke(Call call) {
		String id = call.param("key");
		keys.revoke(id);
		ObjectNode reply = Json.object();
		reply.put("status", "revoked");
		reply.put("id", id);
		return JsonReply.ok(reply);
	}

	/** The requested scopes as strings; none (or an empty list) means {@code ["admin"]}. */
	private static ArrayNode scopes(@Nullable JsonNode requested) {
		ArrayNode scopes = Json.array();
		if (requested != null && requested.isArray()) {
			requested.forEach(scope -> scopes.add(PyValues.str(scope)));
		}
		if (scopes.isEmpty()) {
			scopes.add("admin");
		}
		return scopes;
	}

	private static JsonNode echo(@Nullable JsonNode value) {
		return value == null ? NullNode.getInstance() : value;
	}

	private static ObjectNode withoutSecret(ObjectNode row) {
		ObjectNode copy = row.deepCopy();
		copy.remove("api_key");
		return copy;
	}

}
