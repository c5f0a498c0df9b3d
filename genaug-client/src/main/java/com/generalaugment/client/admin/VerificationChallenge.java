package com.generalaugment.client.admin;

import java.time.Instant;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A pending identity verification: the platform sent the phone a code ({@code sendVerificationCode}) or
 * a magic link ({@code sendMagicLink}); {@code verify} with that code or the link's state completes it.
 */
public final class VerificationChallenge {

	private final JsonNode json;

	/**
	 * Wrap a challenge.
	 * @param json the challenge's JSON object
	 */
	public VerificationChallenge(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A verification challenge");
	}

	/** @return the phone number, E.164 */
	public @Nullable String phoneE164() {
		return JsonValues.string(this.json, "phone_e164");
	}

	/** @return the identity provider */
	public @Nullable String providerName() {
		return JsonValues.string(this.json, "provider_name");
	}

	/** @return the app's user id (or, for a magic link, the user identifier given) */
	public @Nullable String providerUserId() {
		return JsonValues.string(this.json, "provider_user_id");
	}

	/** @return when the code or link stops working */
	public @Nullable Instant verificationExpiresAt() {
		return JsonValues.instant(this.json, "verification_expires_at");
	}

	/** @return the magic link sent, or {@code null} for a code */
	public @Nullable String magicLink() {
		return JsonValues.string(this.json, "magic_link");
	}

	/**
	 * The code itself, which only test and mock projects disclose.
	 * @return the code, or {@code null} (always on live projects)
	 */
	public @Nullable String debugVerificationCode() {
		return JsonValues.string(this.json, "debug_verification_code");
	}

	/** @return the challenge's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		// The code and the link are what proves the phone: they stay out of logs.
		return "VerificationChallenge{phoneE164=" + phoneE164() + ", providerName=" + providerName()
				+ ", verificationExpiresAt=" + verificationExpiresAt() + "}";
	}

}
