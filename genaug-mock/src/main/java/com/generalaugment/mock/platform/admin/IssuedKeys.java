package com.generalaugment.mock.platform.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * The API keys issued by {@code POST /api/v1/admin/keys}, in creation order, and what a raw key is worth as
 * a credential: which project it scopes to and whether it passes the credential check. Revoking a key
 * removes it, so a revoked key neither scopes nor passes. Thread-safe.
 */
public final class IssuedKeys {

	/** The scopes that make a key a runtime (project) key; every other scope is a management scope. */
	static final Set<String> RUNTIME_SCOPES = Set.of("responses:create", "runtime");

	private final Map<String, ObjectNode> keys = new LinkedHashMap<>();

	/**
	 * Whether a raw key was issued, is not revoked and has a management scope.
	 *
	 * @param apiKey the raw key sent as {@code X-Admin-Key}
	 * @return {@code true} when it may act as an admin key
	 */
	public synchronized boolean acceptsAsAdminKey(String apiKey) {
		ObjectNode row = byApiKey(apiKey);
		return row != null && scopes(row).stream().anyMatch(scope -> !RUNTIME_SCOPES.contains(scope));
	}

	/**
	 * Whether a raw key was issued, is not revoked and has a runtime scope.
	 *
	 * @param apiKey the raw key sent as {@code Authorization: Bearer}
	 * @return {@code true} when it may act as a project key
	 */
	public synchronized boolean acceptsAsProjectKey(String apiKey) {
		ObjectNode row = byApiKey(apiKey);
		return row != null && scopes(row).stream().anyMatch(RUNTIME_SCOPES::contains);
	}

	/**
	 * The project a credential is scoped to: the {@code project_id} of the issued, unrevoked key whose raw
	 * value it is.
	 *
	 * @param credential the caller's credential, or {@code null}
	 * @return the project id, or {@code null} when the credential is not a project-bound issued key
	 */
	synchronized @Nullable String projectScope(@Nullable String credential) {
		ObjectNode row = credential == null ? null : byApiKey(credential);
		return row == null ? null : PyValues.optionalString(row.get("project_id"));
	}

	/** Stores a key, replacing the row of the same id in its place. */
	synchronized void put(ObjectNode row) {
		keys.put(row.get("id").stringValue(), row);
	}

	/** The stored row (not a copy), or {@code null}. */
	synchronized @Nullable ObjectNode get(String id) {
		return keys.get(id);
	}

	/** Removes a key; unknown ids are ignored. */
	synchronized void revoke(String id) {
		keys.remove(id);
	}

	/** Copies of every row, in creation order. */
	synchronized List<ObjectNode> rows() {
		List<ObjectNode> rows = new ArrayList<>();
		keys.values().forEach(row -> rows.add(row.deepCopy()));
		return rows;
	}

	/** Forgets every key. */
	public synchronized void reset() {
		keys.clear();
	}

	private @Nullable ObjectNode byApiKey(String apiKey) {
		for (ObjectNode row : keys.values()) {
			if (row.path("api_key").stringValue("").equals(apiKey)) {
				return row;
			}
		}
		return null;
	}

	private static List<String> scopes(JsonNode row) {
		List<String> scopes = new ArrayList<>();
		row.path("scopes").forEach(scope -> scopes.add(PyValues.str(scope)));
		return scopes;
	}

}
