package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Who the admin key is ({@code admin.me()}): how it authenticated and which projects it reaches. A key
 * scoped to one project names it in {@link #projectId()}; a management key for the whole account has
 * none and lists every project it may act on.
 */
public final class KeyIdentity {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public KeyIdentity(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A key identity");
	}

	/** @return how the key authenticated, e.g. {@code api_key} */
	public @Nullable String authMethod() {
		return JsonValues.string(this.json, "auth_method");
	}

	/** @return the one project the key is scoped to, or {@code null} for an account-wide key */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return the projects the key reaches, never {@code null} */
	public List<String> projectIds() {
		return JsonValues.strings(this.json, "project_ids");
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "KeyIdentity{authMethod=" + authMethod() + ", projectId=" + projectId() + ", projectIds=" + projectIds() + "}";
	}

}
