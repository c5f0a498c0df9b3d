package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An API key as the admin API lists it. The raw key is in the reply to {@code keys().create} only
 * ({@link #rawKey()}); store it then, in a secret store, because it cannot be read again. Neither
 * {@link #toString()} nor any SDK log or exception carries it; {@link #maskedKey()} is safe to show.
 */
public final class ApiKey {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the key's JSON object
	 */
	public ApiKey(JsonNode json) {
		this.json = JsonValues.requireObject(json, "An API key");
	}

	/** @return the key's id, e.g. {@code key_…}, used by {@code update} and {@code revoke} */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the key's name */
	public @Nullable String name() {
		return JsonValues.string(this.json, "name");
	}

	/**
	 * The raw key, present only in the reply that created it.
	 * @return the secret, or {@code null} in every other reply
	 */
	public @Nullable String rawKey() {
		return JsonValues.string(this.json, "api_key");
	}

	/** @return the key with its middle masked, e.g. {@code gabtest_983f...6019}: safe to display */
	public @Nullable String maskedKey() {
		return JsonValues.string(this.json, "masked_key");
	}

	/** @return the scopes, e.g. {@code [responses:create]} or {@code [admin]}, never {@code null} */
	public List<String> scopes() {
		return JsonValues.strings(this.json, "scopes");
	}

	/** @return {@code test} or {@code live} for a runtime key, {@code null} for a management key */
	public @Nullable String runtimeMode() {
		return JsonValues.string(this.json, "runtime_mode");
	}

	/** @return the project a runtime key belongs to, or {@code null} */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return when the key stops working, or {@code null} for never */
	public @Nullable Instant expiresAt() {
		return JsonValues.instant(this.json, "expires_at");
	}

	/** @return who created the key */
	public @Nullable String createdBy() {
		return JsonValues.string(this.json, "created_by");
	}

	/** @return when the key was created */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return when the key was last used, or {@code null} for never */
	public @Nullable Instant lastUsedAt() {
		return JsonValues.instant(this.json, "last_used_at");
	}

	/**
	 * The reply's whole JSON, unknown fields included (treat as read-only). In a create reply it holds the
	 * raw key: do not log it.
	 * @return the JSON
	 */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "ApiKey{id=" + id() + ", name=" + name() + ", maskedKey=" + maskedKey() + ", scopes=" + scopes()
				+ ", runtimeMode=" + runtimeMode() + ", projectId=" + projectId() + "}";
	}

}
