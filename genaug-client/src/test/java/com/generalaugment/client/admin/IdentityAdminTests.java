package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity links under {@code /api/v1/integrations} (contract §2), with the admin key.
 */
class IdentityAdminTests extends AdminTestSupport {

	@Test
	void linkUserSendsTheDefaultProviderAndEmptyMetadata() {
		stub(post("/api/v1/integrations/proj%2F1/link-user").willReturn(okJson("""
				{"id": "chal_1", "phone_e164": "+15551234567", "provider_name": "app",
				 "provider_user_id": "app-user-123", "verification_expires_at": "2026-04-01T10:15:00+00:00",
				 "magic_link": null, "debug_verification_code": "123456"}
				""")));

		UserLink link = client().project("proj/1").identity().link(UserLinkParams.builder().phoneE164("+15551234567").providerUserId("app-user-123").build());

		verify(postRequestedFor(urlEqualTo("/api/v1/integrations/proj%2F1/link-user")).withRequestBody(equalToJson("""
				{"phone_e164": "+15551234567", "provider_user_id": "app-user-123", "provider_name": "app",
				 "metadata": {}}
				""")));
		assertThat(link.id()).isEqualTo("chal_1");
		assertThat(link.phoneE164()).isEqualTo("+15551234567");
		assertThat(link.providerUserId()).isEqualTo("app-user-123");
		assertThat(link.verificationExpiresAt()).isEqualTo(Instant.parse("2026-04-01T10:15:00Z"));
		assertThat(link.linkedAt()).isNull();
		assertThat(link.raw().get("debug_verification_code").stringValue()).isEqualTo("123456");
	}

	@Test
	void linkUserSendsTheGivenProviderAndMetadata() {
		stub(post("/api/v1/integrations/proj%2F1/link-user").willReturn(okJson("{\"status\": \"linked\"}")));

		UserLink link = client().project("proj/1").identity().link(UserLinkParams.builder().phoneE164("+15551234567").providerUserId("app-user-123").providerName("crm").metadata(Map.of("plan", "pro")).build());

		verify(postRequestedFor(urlEqualTo("/api/v1/integrations/proj%2F1/link-user")).withRequestBody(equalToJson("""
				{"phone_e164": "+15551234567", "provider_user_id": "app-user-123", "provider_name": "crm",
				 "metadata": {"plan": "pro"}}
				""")));
		assertThat(link.status()).isEqualTo("linked");
	}

	@Test
	void resolveUserEncodesThePhoneAsPathSegment() {
		stub(get(urlPathEqualTo("/api/v1/integrations/proj%2F1/resolve/%2B1555%2F1")).willReturn(okJson("""
				{"project_id": "proj/1", "phone_e164": "+1555/1", "provider_name": "app/user",
				 "provider_user_id": "app-user-123", "linked_at": "2026-04-01T10:00:00Z",
				 "metadata": {"plan": "pro"}, "verified_via": "sms"}
				""")));

		UserLink link = client().project("proj/1").identity().resolve(UserLookupParams.builder().phoneE164("+1555/1").providerName("app/user").build());

		verify(getRequestedFor(
				urlEqualTo("/api/v1/integrations/proj%2F1/resolve/%2B1555%2F1?provider_name=app%2Fuser")));
		assertThat(link.projectId()).isEqualTo("proj/1");
		assertThat(link.providerName()).isEqualTo("app/user");
		assertThat(link.providerUserId()).isEqualTo("app-user-123");
		assertThat(link.linkedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
		assertThat(link.metadata()).containsEntry("plan", "pro");
		assertThat(link.raw().get("verified_via").stringValue()).isEqualTo("sms");
	}

	@Test
	void resolveUserOmitsAnAbsentProvider() {
		stub(get(urlPathEqualTo("/api/v1/integrations/proj%2F1/resolve/%2B15551234567"))
			.willReturn(okJson("{\"provider_user_id\": \"u1\"}")));

		client().project("proj/1").identity().resolve("+15551234567");

		verify(getRequestedFor(urlEqualTo("/api/v1/integrations/proj%2F1/resolve/%2B15551234567")));
	}

	@Test
	void unlinkUserReadsTheUnlinkedFlag() {
		stub(delete(urlPathEqualTo("/api/v1/integrations/proj%2F1/unlink/%2B1555%2F1"))
			.willReturn(okJson("{\"unlinked\": false, \"phone_e164\": \"+1555/1\"}")));

		assertThat(client().project("proj/1").identity().unlink(UserLookupParams.builder().phoneE164("+1555/1").providerName("app").build())).isFalse();

		verify(deleteRequestedFor(urlEqualTo("/api/v1/integrations/proj%2F1/unlink/%2B1555%2F1?provider_name=app")));
	}

	@Test
	void unlinkUserTreatsAnEmptyReplyAsUnlinked() {
		stub(delete(urlPathEqualTo("/api/v1/integrations/proj%2F1/unlink/%2B15551234567"))
			.willReturn(aResponse().withStatus(204)));

		assertThat(client().project("proj/1").identity().unlink("+15551234567")).isTrue();

		verify(deleteRequestedFor(urlEqualTo("/api/v1/integrations/proj%2F1/unlink/%2B15551234567")));
	}

}
