package com.generalaugment.mock.platform.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/integrations/{integration}}: links between a phone number and an app user id, per
 * integration and provider. The mock sends no verification code; a link is active at once.
 */
public final class IdentityEndpoint {

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

	private final Map<List<String>, ObjectNode> links = new HashMap<>();

	private final MockClock clock;

	/**
	 * @param clock the logical clock for {@code linked_at}
	 */
	public IdentityEndpoint(MockClock clock) {
		this.clock = clock;
	}

	/**
	 * {@code POST /{integration}/link-user}.
	 *
	 * @param call the call
	 * @return the link, {@code status: linked}
	 */
	public synchronized MockReply link(Call call) {
		ObjectNode body = call.body();
		JsonNode phone = body.get("phone_e164");
		if (phone == null || !phone.isString() || !E164.matcher(phone.stringValue()).matches()) {
			throw ApiError.invalidRequest("phone_e164 must be an E.164 phone number such as +15550000000.");
		}
		JsonNode appUser = body.get("provider_user_id");
		if (!PyValues.truthy(appUser)) {
			throw ApiError.invalidRequest("provider_user_id is required.");
		}
		String integration = call.param("integration");
		String provider = PyValues.strOr(body.get("provider_name"), "app");
		ObjectNode link = Json.object();
		link.put("status", "linked");
		link.put("integration_id", integration);
		link.put("phone_e164", phone.stringValue());
		link.put("provider_user_id", PyValues.str(appUser));
		link.put("provider_name", provider);
		link.put("general_augment_user_id", Digests.generalAugmentUserId(PyValues.str(appUser)));
		link.set("metadata", Json.objectOrEmpty(body.get("metadata")));
		link.put("linked_at", clock.tick().toString());
		links.put(List.of(integration, provider, phone.stringValue()), link);
		return JsonReply.ok(link.deepCopy());
	}

	/**
	 * {@code GET /{integration}/resolve/{phone}?provider_name}.
	 *
	 * @param call the call
	 * @return the link, or 404 {@code not_found}
	 */
	public synchronized MockReply resolve(Call call) {
		ObjectNode link = links.get(key(call));
		if (link == null) {
			throw ApiError.notFound("No user is linked to this phone number.");
		}
		return JsonReply.ok(link.deepCopy());
	}

	/**
	 * {@code DELETE /{integration}/unlink/{phone}?provider_name} → {@code {unlinked: bool}}.
	 *
	 * @param call the call
	 * @return whether a link was removed
	 */
	public synchronized MockReply unlink(Call call) {
		boolean removed = links.remove(key(call)) != null;
		ObjectNode reply = Json.object();
		reply.put("unlinked", removed);
		reply.put("integration_id", call.param("integration"));
		reply.put("phone_e164", call.param("phone"));
		reply.put("provider_name", providerName(call));
		return JsonReply.ok(reply);
	}

	/** Forgets every link. */
	public synchronized void reset() {
		links.clear();
	}

	private static List<String> key(Call call) {
		return List.of(call.param("integration"), providerName(call), call.param("phone"));
	}

	private static String providerName(Call call) {
		String provider = call.query("provider_name");
		return provider == null ? "app" : provider;
	}

}
