package com.generalaugment.client.admin;

import java.time.Instant;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A phone number's link to an app user as a project's identity links list it, or as a verification
 * produced it: the phone, the provider, the app's user id, whether it was verified, and when.
 */
public final class IdentityLink {

	private final JsonNode json;

	/**
	 * Wrap a link.
	 * @param json the link's JSON object
	 */
	public IdentityLink(JsonNode json) {
		this.json = JsonValues.requireObject(json, "An identity link");
	}

	/** @return the phone number, E.164 */
	public @Nullable String phoneE164() {
		return JsonValues.string(this.json, "phone_e164");
	}

	/** @return the identity provider, e.g. {@code app} */
	public @Nullable String providerName() {
		return JsonValues.string(this.json, "provider_name");
	}

	/** @return the app's user id */
	public @Nullable String providerUserId() {
		return JsonValues.string(this.json, "provider_user_id");
	}

	/** @return whether the phone's owner proved the link ({@code true} when the reply omits it, as a verify reply does) */
	public boolean verified() {
		return !Boolean.FALSE.equals(JsonValues.booleanValue(this.json, "verified"));
	}

	/** @return when the link was made */
	public @Nullable Instant linkedAt() {
		return JsonValues.instant(this.json, "linked_at");
	}

	/** @return the link's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "IdentityLink{phoneE164=" + phoneE164() + ", providerName=" + providerName() + ", providerUserId="
				+ providerUserId() + ", verified=" + verified() + "}";
	}

}
