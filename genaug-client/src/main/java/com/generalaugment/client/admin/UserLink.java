package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A link between a phone number and an app user: the reply of {@code linkUser} (a pending verification
 * challenge, or the link itself) and of {@code resolveUser}, as a read-only view over the JSON. Fields
 * the SDK does not model stay reachable through {@link #raw()}.
 */
public final class UserLink {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public UserLink(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A user link");
	}

	/** @return the link or challenge id, or {@code null} */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the link status (e.g. {@code linked}), or {@code null} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the phone number in E.164 form */
	public @Nullable String phoneE164() {
		return JsonValues.string(this.json, "phone_e164");
	}

	/** @return the app user id ({@code provider_user_id}) */
	public @Nullable String providerUserId() {
		return JsonValues.string(this.json, "provider_user_id");
	}

	/** @return the identity provider, e.g. {@code app} */
	public @Nullable String providerName() {
		return JsonValues.string(this.json, "provider_name");
	}

	/** @return the platform's own id for the user, or {@code null} */
	public @Nullable String generalAugmentUserId() {
		return JsonValues.string(this.json, "general_augment_user_id");
	}

	/** @return the project id, or {@code null} */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return the metadata stored with the link, never {@code null} */
	public Map<String, Object> metadata() {
		return JsonValues.map(this.json, "metadata");
	}

	/** @return when the link was made, or {@code null} while it awaits verification */
	public @Nullable Instant linkedAt() {
		return JsonValues.instant(this.json, "linked_at");
	}

	/** @return when a pending verification expires, or {@code null} */
	public @Nullable Instant verificationExpiresAt() {
		return JsonValues.instant(this.json, "verification_expires_at");
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		// The phone number is personal data: keep it out of logs.
		return "UserLink{id=" + id() + ", providerName=" + providerName() + ", providerUserId=" + providerUserId()
				+ ", status=" + status() + "}";
	}

}
