package com.generalaugment.mock.platform.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * The links between a phone number and an app user, per integration (= project id) and provider, in link
 * order, and the verification challenges not yet answered. Also the field rules every link route shares,
 * so their messages stay the same. Thread-safe.
 */
public final class IdentityLinks {

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

	private final Map<List<String>, ObjectNode> links = new LinkedHashMap<>();

	private final Map<List<String>, VerificationChallenge> challenges = new HashMap<>();

	static List<String> key(String integration, String provider, String phone) {
		return List.of(integration, provider, phone);
	}

	/**
	 * {@code phone_e164}, which must be an E.164 number.
	 *
	 * @param body the request body
	 * @param status the status of the error, 422 on the original link route, 400 on the newer ones
	 */
	static String phone(ObjectNode body, int status) {
		JsonNode phone = body.get("phone_e164");
		if (phone == null || !phone.isString() || !E164.matcher(phone.stringValue()).matches()) {
			throw ApiError.of(status, "invalid_request", "phone_e164 must be an E.164 phone number such as +15550000000.");
		}
		return phone.stringValue();
	}

	/** A required field as text, Python truthiness deciding presence. */
	static String required(ObjectNode body, String field, int status) {
		JsonNode value = body.get(field);
		if (!PyValues.truthy(value)) {
			throw ApiError.of(status, "invalid_request", field + " is required.");
		}
		return PyValues.str(value);
	}

	static String provider(ObjectNode body) {
		return PyValues.strOr(body.get("provider_name"), "app");
	}

	/** A verified link, as stored and as {@code resolve} returns it. */
	static ObjectNode link(String integration, String phone, String provider, String providerUserId,
			ObjectNode metadata, String linkedAt) {
		ObjectNode link = Json.object();
		link.put("status", "linked");
		link.put("integration_id", integration);
		link.put("phone_e164", phone);
		link.put("provider_user_id", providerUserId);
		link.put("provider_name", provider);
		link.put("general_augment_user_id", Digests.generalAugmentUserId(providerUserId));
		link.set("metadata", metadata);
		link.put("linked_at", linkedAt);
		link.put("verified", true);
		return link;
	}

	/** The row of {@code GET .../identity-links}. */
	static ObjectNode row(ObjectNode link) {
		ObjectNode row = Json.object();
		for (String field : List.of("phone_e164", "provider_name", "provider_user_id", "verified", "linked_at")) {
			row.set(field, link.get(field));
		}
		return row;
	}

	/** Stores a link; re-linking the same phone keeps its place in the link order. */
	synchronized void put(ObjectNode link) {
		links.put(key(link.get("integration_id").stringValue(), link.get("provider_name").stringValue(),
				link.get("phone_e164").stringValue()), link);
	}

	synchronized @Nullable ObjectNode get(List<String> key) {
		ObjectNode link = links.get(key);
		return link == null ? null : link.deepCopy();
	}

	synchronized boolean remove(List<String> key) {
		return links.remove(key) != null;
	}

	/** An integration's links, in link order. */
	synchronized List<ObjectNode> links(String integration) {
		List<ObjectNode> found = new ArrayList<>();
		links.forEach((key, link) -> {
			if (key.get(0).equals(integration)) {
				found.add(link.deepCopy());
			}
		});
		return found;
	}

	/** Keeps a challenge, replacing an earlier one for the same phone. */
	synchronized void challenge(String integration, VerificationChallenge challenge) {
		challenges.put(key(integration, challenge.provider(), challenge.phone()), challenge);
	}

	/** The pending challenge of a phone, or {@code null}. */
	synchronized @Nullable VerificationChallenge pending(List<String> key) {
		return challenges.get(key);
	}

	/** Uses a challenge up. */
	synchronized void answered(List<String> key) {
		challenges.remove(key);
	}

	/** Forgets every link and challenge. */
	public synchronized void reset() {
		links.clear();
		challenges.clear();
	}

}
