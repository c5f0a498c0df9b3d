package com.generalaugment.mock.platform.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Phone verification, which the platform's mock lacks: {@code POST /api/v1/integrations/{id}/verification-code}
 * and {@code /magic-link} start a challenge, {@code /verify} answers it and links the phone (verified),
 * {@code GET /api/v1/admin/projects/{id}/identity-links} lists the verified links of project {@code id} in
 * link order, and {@code POST .../identity-links/test} links a test phone at once.
 *
 * <p>Nothing is sent, so the challenge reply carries {@code debug_verification_code} (and, for a magic link,
 * the link whose {@code state} also verifies). Both derive from H({@code {phone_e164, provider_name,
 * provider_user_id}}): the code is its first 6 hex as a number modulo 1,000,000, zero-padded, the state
 * {@code mls_} + its first 16 hex. A challenge lasts 10 minutes of the mock clock.
 * Field errors are 400 {@code invalid_request} with the link route's messages; a wrong code, an expired
 * challenge, a {@code provider_user_id} other than the challenged one, or no challenge at all are 400
 * {@code invalid_request} "Verification code is invalid or expired.". Only verified links are listed, so
 * {@code verified} is always {@code true} in the mock.
 */
public final class IdentityVerificationEndpoint {

	private static final int FIELD_ERROR = 400;

	private static final Set<String> MAGIC_LINK_CHANNELS = Set.of("whatsapp", "sms", "telegram");

	private final ProjectStore projects;

	private final IdentityLinks links;

	private final MockClock clock;

	/**
	 * @param projects the project store
	 * @param links the link store, shared with {@link IdentityEndpoint}
	 * @param clock the logical clock for {@code linked_at} and expiries
	 */
	public IdentityVerificationEndpoint(ProjectStore projects, IdentityLinks links, MockClock clock) {
		this.projects = projects;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * {@code GET /projects/{project}/identity-links?limit&offset} → {@code {items}}.
	 *
	 * @param call the call
	 * @return a page of link rows, or 404 {@code not_found}
	 */
	public MockReply list(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		int limit = call.intQuery("limit", 100, 1, 1000);
		int offset = call.intQuery("offset", 0, 0, Integer.MAX_VALUE);
		ObjectNode reply = Json.object();
		ArrayNode items = reply.putArray("items");
		links.links(projectId).stream().skip(offset).limit(limit).forEach(link -> items.add(IdentityLinks.row(link)));
		return JsonReply.ok(reply);
	}

	/**
	 * {@code POST /projects/{project}/identity-links/test}: links a phone without a challenge.
	 *
	 * @param call the call
	 * @return the verified link row, 400 {@code invalid_request}, or 404 {@code not_found}
	 */
	public MockReply testLink(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		ObjectNode body = call.body();
		String phone = IdentityLinks.phone(body, FIELD_ERROR);
		String appUser = IdentityLinks.required(body, "provider_user_id", FIELD_ERROR);
		ObjectNode link = IdentityLinks.link(projectId, phone, IdentityLinks.provider(body), appUser,
				Json.objectOrEmpty(body.get("metadata")), clock.tick().toString());
		links.put(link);
		return JsonReply.ok(IdentityLinks.row(link));
	}

	/**
	 * {@code POST /{integration}/verification-code}: a texted code for an app user id.
	 *
	 * @param call the call
	 * @return the challenge, {@code magic_link: null}
	 */
	public MockReply verificationCode(Call call) {
		ObjectNode body = call.body();
		String phone = IdentityLinks.phone(body, FIELD_ERROR);
		String appUser = IdentityLinks.required(body, "provider_user_id", FIELD_ERROR);
		return challenge(call, phone, appUser, false);
	}

	/**
	 * {@code POST /{integration}/magic-link}: a link for a user identifier (e-mail or user name), over
	 * {@code channel} {@code whatsapp} (default), {@code sms} or {@code telegram}.
	 *
	 * @param call the call
	 * @return the challenge with its {@code magic_link}
	 */
	public MockReply magicLink(Call call) {
		ObjectNode body = call.body();
		String phone = IdentityLinks.phone(body, FIELD_ERROR);
		String identifier = IdentityLinks.required(body, "user_identifier", FIELD_ERROR);
		String channel = PyValues.strOr(body.get("channel"), "whatsapp");
		if (!MAGIC_LINK_CHANNELS.contains(channel)) {
			throw ApiError.of(FIELD_ERROR, "invalid_request", "channel must be one of whatsapp, sms, telegram.");
		}
		return challenge(call, phone, identifier, true);
	}

	/**
	 * {@code POST /{integration}/verify}: answers the phone's pending challenge with its code (or magic-link
	 * state) and links the phone.
	 *
	 * @param call the call
	 * @return {@code {phone_e164, provider_name, provider_user_id, linked_at}}, or 400 {@code invalid_request}
	 */
	public MockReply verify(Call call) {
		ObjectNode body = call.body();
		String phone = IdentityLinks.phone(body, FIELD_ERROR);
		String code = IdentityLinks.required(body, "code", FIELD_ERROR);
		String provider = IdentityLinks.provider(body);
		String integration = call.param("integration");
		List<String> key = IdentityLinks.key(integration, provider, phone);
		ObjectNode link;
		synchronized (links) {
			VerificationChallenge challenge = links.pending(key);
			String claimedUser = PyValues.truthy(body.get("provider_user_id")) ? PyValues.str(body.get("provider_user_id"))
					: null;
			if (challenge == null || !challenge.accepts(code, claimedUser, clock.now())) {
				throw ApiError.of(FIELD_ERROR, "invalid_request", "Verification code is invalid or expired.");
			}
			link = IdentityLinks.link(integration, phone, provider, challenge.providerUserId(), challenge.metadata(),
					clock.tick().toString());
			links.put(link);
			links.answered(key);
		}
		ObjectNode reply = Json.object();
		for (String field : List.of("phone_e164", "provider_name", "provider_user_id", "linked_at")) {
			reply.set(field, link.get(field));
		}
		return JsonReply.ok(reply);
	}

	private MockReply challenge(Call call, String phone, String appUser, boolean magicLink) {
		Instant now = clock.tick();
		VerificationChallenge challenge = VerificationChallenge.issue(phone, IdentityLinks.provider(call.body()), appUser,
				Json.objectOrEmpty(call.body().get("metadata")), now, magicLink);
		links.challenge(call.param("integration"), challenge);
		return JsonReply.ok(challenge.toJson());
	}

}
