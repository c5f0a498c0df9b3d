package com.generalaugment.mock.platform.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * A pending phone verification. The mock texts nothing, so the reply discloses what the user would have
 * received: a six-digit code, and for a magic link its {@code state}. Both derive from
 * H({@code {phone_e164, provider_name, provider_user_id}}): the code is the first 6 hex as a number modulo
 * 1,000,000, zero-padded; the state is {@code mls_} + the first 16 hex. A challenge lasts 10 minutes of the
 * mock clock and is used up by a successful verify.
 *
 * @param phone the E.164 phone number
 * @param provider the provider name
 * @param providerUserId the app user id (for a magic link, the user identifier)
 * @param metadata the caller's metadata, kept for the link
 * @param expiresAt when the challenge stops being accepted
 * @param magicLink whether the challenge was sent as a magic link
 */
record VerificationChallenge(String phone, String provider, String providerUserId, ObjectNode metadata,
		Instant expiresAt, boolean magicLink) {

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final String MAGIC_LINK_BASE = "https://mock.generalaugment.local/verify?state=";

	static VerificationChallenge issue(String phone, String provider, String providerUserId, ObjectNode metadata,
			Instant now, boolean magicLink) {
		return new VerificationChallenge(phone, provider, providerUserId, metadata, now.plus(LIFETIME), magicLink);
	}

	/** The six-digit code. */
	String code() {
		int value = Integer.parseInt(digest().substring(0, 6), 16) % 1_000_000;
		return String.format(Locale.ROOT, "%06d", value);
	}

	/** The magic link's {@code state}, or {@code null} for a texted code. */
	@Nullable String state() {
		return magicLink ? "mls_" + digest().substring(0, 16) : null;
	}

	/** Whether a verify with this code, at this time, for this app user passes. */
	boolean accepts(String code, @Nullable String claimedUserId, Instant now) {
		boolean knownCode = code.equals(code()) || code.equals(state());
		boolean sameUser = claimedUserId == null || claimedUserId.equals(providerUserId);
		return knownCode && sameUser && !now.isAfter(expiresAt);
	}

	/**
	 * The challenge fields of a reply.
	 *
	 * @param reply the reply to add them to
	 * @return the reply
	 */
	ObjectNode writeTo(ObjectNode reply) {
		String state = state();
		reply.put("phone_e164", phone);
		reply.put("provider_name", provider);
		reply.put("provider_user_id", providerUserId);
		reply.put("verification_expires_at", expiresAt.toString());
		reply.put("magic_link", state == null ? null : MAGIC_LINK_BASE + state);
		reply.put("debug_verification_code", code());
		return reply;
	}

	/** A new reply with the challenge fields only. */
	ObjectNode toJson() {
		return writeTo(Json.object());
	}

	private String digest() {
		ObjectNode input = Json.object();
		input.put("phone_e164", phone);
		input.put("provider_name", provider);
		input.put("provider_user_id", providerUserId);
		return Digests.sha256Hex(input);
	}

}
