package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;

/** Phone verification: challenges, verify, and the project's identity links. */
class IdentityVerificationTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static final String INTEG = "/api/v1/integrations/proj_mock";

	private static final String LINKS = "/api/v1/admin/projects/proj_mock/identity-links";

	private static final String PHONE = "+15551234567";

	/** From H({"phone_e164":"+15551234567","provider_name":"app","provider_user_id":"app-user-1"}), computed in Python. */
	private static final String CODE = "275141";

	/** From H({"phone_e164":"+15551234567","provider_name":"app","provider_user_id":"ada@example.com"}). */
	private static final String MAGIC_STATE = "mls_ae0122db0d289f0c";

	private static final String MAGIC_CODE = "403554";

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void verificationCodeChallengeIsDeterministic() {
		JsonNode challenge = codeChallenge().json();

		assertThat(challenge.get("phone_e164").stringValue()).isEqualTo(PHONE);
		assertThat(challenge.get("provider_name").stringValue()).isEqualTo("app");
		assertThat(challenge.get("provider_user_id").stringValue()).isEqualTo("app-user-1");
		assertThat(challenge.get("verification_expires_at").stringValue()).isEqualTo("2026-01-01T00:10:01Z");
		assertThat(challenge.has("magic_link")).isTrue();
		assertThat(challenge.get("magic_link").isNull()).isTrue();
		assertThat(challenge.get("debug_verification_code").stringValue()).isEqualTo(CODE);
	}

	@Test
	void verifyWithTheCodeLinksThePhoneAndListsIt() {
		codeChallenge();

		Reply verified = http.adminPost(INTEG + "/verify", "{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\"}");
		JsonNode items = http.adminGet(LINKS).json().get("items");

		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.json().get("phone_e164").stringValue()).isEqualTo(PHONE);
		assertThat(verified.json().get("provider_name").stringValue()).isEqualTo("app");
		assertThat(verified.json().get("provider_user_id").stringValue()).isEqualTo("app-user-1");
		assertThat(verified.json().get("linked_at").stringValue()).isEqualTo("2026-01-01T00:00:02Z");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("verified").booleanValue()).isTrue();
		assertThat(items.get(0).get("provider_user_id").stringValue()).isEqualTo("app-user-1");
		assertThat(items.get(0).get("linked_at").stringValue()).isEqualTo("2026-01-01T00:00:02Z");
		assertThat(http.adminGet(INTEG + "/resolve/%2B15551234567").json().at("/metadata/plan").stringValue()).isEqualTo("pro");
	}

	@Test
	void magicLinkCarriesItsStateAndEitherSecretVerifies() {
		JsonNode challenge = magicLink("{\"phone_e164\":\"" + PHONE + "\",\"user_identifier\":\"ada@example.com\",\"channel\":\"sms\"}")
			.json();

		assertThat(challenge.get("provider_user_id").stringValue()).isEqualTo("ada@example.com");
		assertThat(challenge.get("magic_link").stringValue())
			.isEqualTo("https://mock.generalaugment.local/verify?state=" + MAGIC_STATE);
		assertThat(challenge.get("debug_verification_code").stringValue()).isEqualTo(MAGIC_CODE);
		assertThat(verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + MAGIC_STATE + "\"}").json()
			.get("provider_user_id").stringValue()).isEqualTo("ada@example.com");

		magicLink("{\"phone_e164\":\"" + PHONE + "\",\"user_identifier\":\"ada@example.com\"}");
		assertThat(verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + MAGIC_CODE + "\"}").status()).isEqualTo(200);
	}

	@Test
	void magicLinkRejectsUnknownChannelsAndAMissingIdentifier() {
		Reply channel = magicLink("{\"phone_e164\":\"" + PHONE + "\",\"user_identifier\":\"ada\",\"channel\":\"email\"}");
		Reply identifier = magicLink("{\"phone_e164\":\"" + PHONE + "\"}");

		assertThat(channel.status()).isEqualTo(400);
		assertThat(channel.json().get("reason").stringValue()).isEqualTo("invalid_request");
		assertThat(identifier.status()).isEqualTo(400);
		assertThat(identifier.json().get("message").stringValue()).isEqualTo("user_identifier is required.");
	}

	@Test
	void wrongCodeNoChallengeAndReusedCodeAreInvalid() {
		Reply none = verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\"}");
		codeChallenge();
		Reply wrong = verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"000000\"}");
		Reply otherUser = verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\",\"provider_user_id\":\"someone\"}");
		Reply otherProvider = verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\",\"provider_name\":\"crm\"}");
		Reply right = verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\",\"provider_user_id\":\"app-user-1\"}");
		Reply reused = verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\"}");

		for (Reply reply : new Reply[] {none, wrong, otherUser, otherProvider, reused}) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.json().get("reason").stringValue()).isEqualTo("invalid_request");
			assertThat(reply.json().get("message").stringValue()).isEqualTo("Verification code is invalid or expired.");
		}
		assertThat(right.status()).isEqualTo(200);
	}

	@Test
	void fieldErrorsAreBadRequestsWithTheLinkRouteMessages() {
		Reply badPhone = http.adminPost(INTEG + "/verification-code", "{\"phone_e164\":\"555\",\"provider_user_id\":\"u\"}");
		Reply noUser = http.adminPost(INTEG + "/verification-code", "{\"phone_e164\":\"" + PHONE + "\"}");
		Reply testNoUser = http.adminPost(LINKS + "/test", "{\"phone_e164\":\"" + PHONE + "\"}");
		Reply verifyNoCode = verify("{\"phone_e164\":\"" + PHONE + "\"}");
		Reply verifyBadPhone = verify("{\"phone_e164\":\"15551234567\",\"code\":\"1\"}");

		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.json().get("message").stringValue())
			.isEqualTo("phone_e164 must be an E.164 phone number such as +15550000000.");
		assertThat(noUser.status()).isEqualTo(400);
		assertThat(noUser.json().get("message").stringValue()).isEqualTo("provider_user_id is required.");
		assertThat(testNoUser.status()).isEqualTo(400);
		assertThat(testNoUser.json().get("message").stringValue()).isEqualTo("provider_user_id is required.");
		assertThat(verifyNoCode.status()).isEqualTo(400);
		assertThat(verifyNoCode.json().get("message").stringValue()).isEqualTo("code is required.");
		assertThat(verifyBadPhone.status()).isEqualTo(400);
		assertThat(verifyBadPhone.json().get("reason").stringValue()).isEqualTo("invalid_request");
	}

	@Test
	void testLinkReturnsAVerifiedRowAndIsListed() {
		JsonNode row = http.adminPost(LINKS + "/test",
				"{\"phone_e164\":\"" + PHONE + "\",\"provider_user_id\":\"tester\",\"provider_name\":\"crm\"}").json();

		assertThat(row.get("phone_e164").stringValue()).isEqualTo(PHONE);
		assertThat(row.get("provider_name").stringValue()).isEqualTo("crm");
		assertThat(row.get("provider_user_id").stringValue()).isEqualTo("tester");
		assertThat(row.get("verified").booleanValue()).isTrue();
		assertThat(row.get("linked_at").stringValue()).isEqualTo("2026-01-01T00:00:01Z");
		assertThat(http.adminGet(LINKS).json().get("items")).containsExactly(row);
		assertThat(http.adminGet(INTEG + "/resolve/%2B15551234567?provider_name=crm").status()).isEqualTo(200);
	}

	@Test
	void linkUserCarriesTheChallengeAndIsListedAsVerified() {
		JsonNode linked = http.adminPost(INTEG + "/link-user",
				"{\"phone_e164\":\"" + PHONE + "\",\"provider_user_id\":\"app-user-1\",\"metadata\":{\"plan\":\"pro\"}}").json();

		assertThat(linked.get("status").stringValue()).isEqualTo("linked");
		assertThat(linked.get("integration_id").stringValue()).isEqualTo("proj_mock");
		assertThat(linked.at("/metadata/plan").stringValue()).isEqualTo("pro");
		assertThat(linked.get("general_augment_user_id").stringValue()).hasSize(36);
		assertThat(linked.get("linked_at").stringValue()).isEqualTo("2026-01-01T00:00:01Z");
		assertThat(linked.get("verification_expires_at").stringValue()).isEqualTo("2026-01-01T00:10:01Z");
		assertThat(linked.get("magic_link").isNull()).isTrue();
		assertThat(linked.get("debug_verification_code").stringValue()).isEqualTo(CODE);
		JsonNode items = http.adminGet(LINKS).json().get("items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("verified").booleanValue()).isTrue();
		assertThat(verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\"}").status()).isEqualTo(200);
		assertThat(http.adminGet(LINKS).json().get("items")).hasSize(1);
	}

	@Test
	void linksArePagedInLinkOrderAndUnlinkRemovesThem() {
		for (int i = 1; i <= 3; i++) {
			http.adminPost(LINKS + "/test", "{\"phone_e164\":\"+1555000000" + i + "\",\"provider_user_id\":\"u" + i + "\"}");
		}
		http.adminPost("/api/v1/integrations/other/link-user", "{\"phone_e164\":\"+15550000009\",\"provider_user_id\":\"x\"}");

		assertThat(phones("")).containsExactly("+15550000001", "+15550000002", "+15550000003");
		assertThat(phones("?limit=1&offset=1")).containsExactly("+15550000002");
		assertThat(http.adminGet(LINKS + "?limit=0").status()).isEqualTo(422);
		assertThat(http.adminGet(LINKS + "?limit=1001").status()).isEqualTo(422);
		http.adminDelete(INTEG + "/unlink/%2B15550000002");
		assertThat(phones("")).containsExactly("+15550000001", "+15550000003");
	}

	@Test
	void projectRoutesAnswerNotFoundForAnUnknownProject() {
		Reply list = http.adminGet("/api/v1/admin/projects/proj_nope/identity-links");
		Reply test = http.adminPost("/api/v1/admin/projects/proj_nope/identity-links/test",
				"{\"phone_e164\":\"" + PHONE + "\",\"provider_user_id\":\"u\"}");

		assertThat(list.status()).isEqualTo(404);
		assertThat(test.status()).isEqualTo(404);
		assertThat(test.json().get("message").stringValue()).isEqualTo("Project not found.");
	}

	@Test
	void resetForgetsLinksAndChallenges() {
		codeChallenge();
		http.adminPost(LINKS + "/test", "{\"phone_e164\":\"+15550000001\",\"provider_user_id\":\"u\"}");

		http.raw("POST", "/__genaug/reset", null);

		assertThat(http.adminGet(LINKS).json().get("items").isEmpty()).isTrue();
		assertThat(verify("{\"phone_e164\":\"" + PHONE + "\",\"code\":\"" + CODE + "\"}").status()).isEqualTo(400);
	}

	private Reply codeChallenge() {
		Reply reply = http.adminPost(INTEG + "/verification-code",
				"{\"phone_e164\":\"" + PHONE + "\",\"provider_user_id\":\"app-user-1\",\"metadata\":{\"plan\":\"pro\"}}");
		assertThat(reply.status()).isEqualTo(200);
		return reply;
	}

	private Reply magicLink(String json) {
		return http.adminPost(INTEG + "/magic-link", json);
	}

	private Reply verify(String json) {
		return http.adminPost(INTEG + "/verify", json);
	}

	private List<String> phones(String query) {
		List<String> phones = new ArrayList<>();
		http.adminGet(LINKS + query).json().get("items").forEach(item -> phones.add(item.get("phone_e164").stringValue()));
		return phones;
	}

}
