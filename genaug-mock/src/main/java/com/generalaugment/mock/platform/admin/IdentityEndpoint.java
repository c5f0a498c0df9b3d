package com.generalaugment.mock.platform.admin;

import java.time.Instant;
import java.util.List;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/integrations/{integration}}: links between a phone number and an app user id, per
 * integration and provider. The mock texts no code, so a link is active (and verified) at once; the reply
 * still carries the verification challenge a real link would start ({@code verification_expires_at},
 * {@code magic_link: null}, {@code debug_verification_code}), and that code also passes {@code /verify}.
 */
public final class IdentityEndpoint {

	/** The original link route answers field errors with FastAPI's 422. */
	private static final int FIELD_ERROR = 422;

	private final IdentityLinks links;

	private final MockClock clock;

	/**
	 * @param links the link store, shared with {@link IdentityVerificationEndpoint}
	 * @param clock the logical clock for {@code linked_at}
	 */
	public IdentityEndpoint(IdentityLinks links, MockClock clock) {
		this.links = links;
		this.clock = clock;
	}

	/**
	 * {@code POST /{integration}/link-user}.
	 *
	 * @param call the call
	 * @return the link, {@code status: linked}, with the challenge fields
	 */
	public MockReply link(Call call) {
		ObjectNode body = call.body();
		String phone = IdentityLinks.phone(body, FIELD_ERROR);
		String appUser = IdentityLinks.required(body, "provider_user_id", FIELD_ERROR);
		String integration = call.param("integration");
		String provider = IdentityLinks.provider(body);
		ObjectNode metadata = Json.objectOrEmpty(body.get("metadata"));
		Instant now = clock.tick();
		ObjectNode link = IdentityLinks.link(integration, phone, provider, appUser, metadata, now.toString());
		VerificationChallenge challenge = VerificationChallenge.issue(phone, provider, appUser, metadata, now, false);
		links.put(link);
		links.challenge(integration, challenge);
		return JsonReply.ok(challenge.writeTo(link.deepCopy()));
	}

	/**
	 * {@code GET /{integration}/resolve/{phone}?provider_name}.
	 *
	 * @param call the call
	 * @return the link, or 404 {@code not_found}
	 */
	public MockReply resolve(Call call) {
		ObjectNode link = links.get(key(call));
		if (link == null) {
			throw ApiError.notFound("No user is linked to this phone number.");
		}
		return JsonReply.ok(link);
	}

	/**
	 * {@code DELETE /{integration}/unlink/{phone}?provider_name} → {@code {unlinked: bool}}.
	 *
	 * @param call the call
	 * @return whether a link was removed
	 */
	public MockReply unlink(Call call) {
		boolean removed = links.remove(key(call));
		ObjectNode reply = Json.object();
		reply.put("unlinked", removed);
		reply.put("integration_id", call.param("integration"));
		reply.put("phone_e164", call.param("phone"));
		reply.put("provider_name", providerName(call));
		return JsonReply.ok(reply);
	}

	private static List<String> key(Call call) {
		return IdentityLinks.key(call.param("integration"), providerName(call), call.param("phone"));
	}

	private static String providerName(Call call) {
		String provider = call.query("provider_name");
		return provider == null ? "app" : provider;
	}

}
