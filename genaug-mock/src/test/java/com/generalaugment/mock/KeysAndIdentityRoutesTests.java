package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp.Reply;
import com.generalaugment.mock.junit.GenaugMockExtension;

import tools.jackson.databind.JsonNode;

/** Key identity ({@code GET /api/v1/admin/me}) and the API keys of {@code /api/v1/admin/keys}. */
class KeysAndIdentityRoutesTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	/** The project id of slug {@code demo-app}: {@code proj_mock_} + H({"slug":"demo-app"})[:12]. */
	private static final String DEMO = "proj_mock_07b46dca9c05";

	private static final String CI_BODY = "{\"name\":\"ci\",\"project_id\":\"" + DEMO
			+ "\",\"runtime_mode\":\"test\",\"scopes\":[\"responses:create\"]}";

	private MockHttp http;

	@BeforeEach
	void client() {
		http = new MockHttp(mock.baseUrl());
	}

	@Test
	void emptyBodyIssuesTheContractsDefaultManagementKey() {
		Reply reply = http.adminPost("/api/v1/admin/keys", "{}");

		JsonNode key = reply.json();
		assertThat(reply.status()).isEqualTo(200);
		assertThat(key.get("id").stringValue()).isEqualTo("key_mock_44136fa355b3");
		assertThat(key.get("api_key").stringValue()).isEqualTo("gaadmlocal_f47c48704f82edab7f02b29e");
		assertThat(key.get("masked_key").stringValue()).isEqualTo("gaadmlocal_f...b29e");
		assertThat(key.get("name").stringValue()).isEqualTo("Local mock key");
		assertThat(key.get("scopes")).extracting(JsonNode::stringValue).containsExactly("admin");
		assertThat(key.get("runtime_mode").isNull()).isTrue();
		assertThat(key.get("project_id").isNull()).isTrue();
		assertThat(key.get("expires_at").isNull()).isTrue();
		assertThat(key.get("created_by").stringValue()).isEqualTo("local_mock");
		assertThat(key.get("created_at").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
		assertThat(key.get("last_used_at").isNull()).isTrue();
	}

	@Test
	void runtimeBodyIssuesTheContractsProjectKey() {
		JsonNode key = http.adminPost("/api/v1/admin/keys", CI_BODY).json();

		assertThat(key.get("id").stringValue()).isEqualTo("key_mock_1d9ce8151295");
		assertThat(key.get("api_key").stringValue()).isEqualTo("gabtest_983fa594652e0994042a6019");
		assertThat(key.get("masked_key").stringValue()).isEqualTo("gabtest_983f...6019");
		assertThat(key.get("name").stringValue()).isEqualTo("ci");
		assertThat(key.get("scopes")).extracting(JsonNode::stringValue).containsExactly("responses:create");
		assertThat(key.get("runtime_mode").stringValue()).isEqualTo("test");
		assertThat(key.get("project_id").stringValue()).isEqualTo(DEMO);
	}

	@Test
	void keyPrefixFollowsTheRuntimeModeAndEmptyScopesMeanAdmin() {
		JsonNode live = http.adminPost("/api/v1/admin/keys", "{\"runtime_mode\":\"live\",\"scopes\":[]}").json();
		JsonNode other = http.adminPost("/api/v1/admin/keys", "{\"runtime_mode\":\"prod\",\"expires_at\":\"2027-01-01T00:00:00Z\"}").json();

		assertThat(live.get("api_key").stringValue()).startsWith("gablive_").hasSize("gablive_".length() + 24);
		assertThat(live.get("scopes")).extracting(JsonNode::stringValue).containsExactly("admin");
		assertThat(other.get("api_key").stringValue()).startsWith("gaadmlocal_");
		assertThat(other.get("runtime_mode").stringValue()).isEqualTo("prod");
		assertThat(other.get("expires_at").stringValue()).isEqualTo("2027-01-01T00:00:00Z");
	}

	@Test
	void sameBodyKeepsItsIdAndPlaceAndTheListHidesRawKeys() {
		String first = http.adminPost("/api/v1/admin/keys", "{\"name\":\"a\"}").json().get("id").stringValue();
		String second = http.adminPost("/api/v1/admin/keys", "{\"name\":\"b\"}").json().get("id").stringValue();
		String again = http.adminPost("/api/v1/admin/keys", "{\"name\":\"a\"}").json().get("id").stringValue();

		JsonNode items = http.adminGet("/api/v1/admin/keys").json().get("items");

		assertThat(again).isEqualTo(first);
		assertThat(items).extracting(item -> item.get("id").stringValue()).containsExactly(first, second);
		assertThat(items).allSatisfy(item -> {
			assertThat(item.has("api_key")).isFalse();
			assertThat(item.get("masked_key").stringValue()).contains("...");
		});
	}

	@Test
	void patchSetsOnlyTheFieldsItNamesAndNullClearsTheExpiry() {
		String id = http.adminPost("/api/v1/admin/keys", "{\"name\":\"old\",\"expires_at\":\"2027-01-01T00:00:00Z\"}")
			.json().get("id").stringValue();

		JsonNode renamed = http.adminMethod("PATCH", "/api/v1/admin/keys/" + id, "{\"name\":\"new\"}").json();
		JsonNode cleared = http.adminMethod("PATCH", "/api/v1/admin/keys/" + id,
				"{\"expires_at\":null,\"scopes\":[\"admin\",\"billing\"]}").json();

		assertThat(renamed.get("name").stringValue()).isEqualTo("new");
		assertThat(renamed.get("expires_at").stringValue()).isEqualTo("2027-01-01T00:00:00Z");
		assertThat(renamed.has("api_key")).isFalse();
		assertThat(cleared.get("name").stringValue()).isEqualTo("new");
		assertThat(cleared.get("expires_at").isNull()).isTrue();
		assertThat(cleared.get("scopes")).extracting(JsonNode::stringValue).containsExactly("admin", "billing");
		assertThat(cleared.get("id").stringValue()).isEqualTo(id);
		assertThat(http.adminGet("/api/v1/admin/keys").json().at("/items/0/name").stringValue()).isEqualTo("new");
	}

	@Test
	void patchOfAnUnknownKeyIsNotFound() {
		Reply reply = http.adminMethod("PATCH", "/api/v1/admin/keys/key_mock_nope", "{\"name\":\"x\"}");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("reason").stringValue()).isEqualTo("not_found");
		assertThat(reply.json().get("message").stringValue()).isEqualTo("API key not found.");
	}

	@Test
	void deleteRevokesAndAnswersOkForUnknownKeys() {
		String id = http.adminPost("/api/v1/admin/keys", "{}").json().get("id").stringValue();

		JsonNode revoked = http.adminDelete("/api/v1/admin/keys/" + id).json();
		Reply unknown = http.adminDelete("/api/v1/admin/keys/key_mock_nope");

		assertThat(revoked.get("status").stringValue()).isEqualTo("revoked");
		assertThat(revoked.get("id").stringValue()).isEqualTo(id);
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.json().get("id").stringValue()).isEqualTo("key_mock_nope");
		assertThat(http.adminGet("/api/v1/admin/keys").json().get("items").isEmpty()).isTrue();
		assertThat(http.adminMethod("PATCH", "/api/v1/admin/keys/" + id, "{}").status()).isEqualTo(404);
	}

	@Test
	void meForAnUnboundKeyListsEveryProjectSorted() {
		deployDemo();

		JsonNode me = http.adminGet("/api/v1/admin/me").json();

		assertThat(me.get("auth_method").stringValue()).isEqualTo("api_key");
		assertThat(me.has("project_id")).isFalse();
		assertThat(me.get("project_ids")).extracting(JsonNode::stringValue).containsExactly("proj_mock", DEMO);
	}

	@Test
	void projectBoundKeyNarrowsMeProjectsAndKeys() {
		deployDemo();
		String bound = http.adminPost("/api/v1/admin/keys", "{\"name\":\"bound\",\"project_id\":\"" + DEMO + "\"}")
			.json().get("api_key").stringValue();
		http.adminPost("/api/v1/admin/keys", "{\"name\":\"global\"}");
		http.adminPost("/api/v1/admin/keys", CI_BODY);

		JsonNode me = asKey(bound, "/api/v1/admin/me");
		JsonNode projects = asKey(bound, "/api/v1/admin/projects");
		JsonNode keys = asKey(bound, "/api/v1/admin/keys");

		assertThat(me.get("project_id").stringValue()).isEqualTo(DEMO);
		assertThat(me.get("project_ids")).extracting(JsonNode::stringValue).containsExactly(DEMO);
		assertThat(projects.get("items")).extracting(item -> item.get("id").stringValue()).containsExactly(DEMO);
		assertThat(keys.get("items")).extracting(item -> item.get("name").stringValue()).containsExactly("bound", "ci");
		assertThat(http.adminGet("/api/v1/admin/keys").json().get("items")).hasSize(3);
		assertThat(http.adminGet("/api/v1/admin/projects").json().get("items")).hasSize(2);
	}

	@Test
	void mockIssuedRuntimeKeyScopesMeAsTheCliUsesIt() {
		deployDemo();
		String runtimeKey = http.adminPost("/api/v1/admin/keys", CI_BODY).json().get("api_key").stringValue();

		JsonNode me = asKey(runtimeKey, "/api/v1/admin/me");

		assertThat(me.get("project_id").stringValue()).isEqualTo(DEMO);
		assertThat(http.raw("POST", "/v1/responses", "{\"input\":\"hi\"}", "Authorization", "Bearer " + runtimeKey)
			.status()).isEqualTo(200);
	}

	@Test
	void adminKeyHeaderWinsOverTheBearerKey() {
		deployDemo();
		String bound = http.adminPost("/api/v1/admin/keys", "{\"project_id\":\"" + DEMO + "\"}").json().get("api_key")
			.stringValue();

		JsonNode me = http.raw("GET", "/api/v1/admin/me", null, "X-Admin-Key", MockHttp.ADMIN_KEY, "Authorization",
				"Bearer " + bound).json();

		assertThat(me.has("project_id")).isFalse();
		assertThat(me.get("project_ids")).hasSize(2);
	}

	@Test
	void revokedKeyStopsScoping() {
		deployDemo();
		JsonNode key = http.adminPost("/api/v1/admin/keys", "{\"project_id\":\"" + DEMO + "\"}").json();
		String raw = key.get("api_key").stringValue();
		assertThat(asKey(raw, "/api/v1/admin/me").get("project_id").stringValue()).isEqualTo(DEMO);

		http.adminDelete("/api/v1/admin/keys/" + key.get("id").stringValue());

		JsonNode me = asKey(raw, "/api/v1/admin/me");
		assertThat(me.has("project_id")).isFalse();
		assertThat(me.get("project_ids")).extracting(JsonNode::stringValue).containsExactly("proj_mock", DEMO);
	}

	@Test
	void lockedMockAcceptsIssuedKeysByTheirScopes() {
		GenaugMockOptions options = GenaugMockOptions.builder().apiKeys("good-key").adminKeys("good-admin").build();
		try (GenaugMockServer locked = GenaugMockServer.start(options)) {
			MockHttp lockedHttp = new MockHttp(locked.baseUrl());
			String management = lockedHttp.raw("POST", "/api/v1/admin/keys", "{}", "X-Admin-Key", "good-admin").json()
				.get("api_key").stringValue();
			JsonNode runtime = lockedHttp.raw("POST", "/api/v1/admin/keys", CI_BODY, "X-Admin-Key", "good-admin").json();
			String runtimeKey = runtime.get("api_key").stringValue();

			Reply managementAsAdmin = lockedHttp.raw("GET", "/api/v1/admin/keys", null, "X-Admin-Key", management);
			Reply managementAsBearer = lockedHttp.raw("POST", "/v1/responses", "{}", "Authorization", "Bearer " + management);
			Reply runtimeAsBearer = lockedHttp.raw("POST", "/v1/responses", "{}", "Authorization", "Bearer " + runtimeKey);
			Reply runtimeAsAdmin = lockedHttp.raw("GET", "/api/v1/admin/me", null, "X-Admin-Key", runtimeKey);
			lockedHttp.raw("DELETE", "/api/v1/admin/keys/" + runtime.get("id").stringValue(), null, "X-Admin-Key", "good-admin");
			Reply revokedAsBearer = lockedHttp.raw("POST", "/v1/responses", "{}", "Authorization", "Bearer " + runtimeKey);

			assertThat(managementAsAdmin.status()).isEqualTo(200);
			assertThat(managementAsBearer.status()).isEqualTo(401);
			assertThat(runtimeAsBearer.status()).isEqualTo(200);
			assertThat(runtimeAsAdmin.status()).isEqualTo(401);
			assertThat(runtimeAsAdmin.json().get("reason").stringValue()).isEqualTo("invalid_admin_key");
			assertThat(revokedAsBearer.status()).isEqualTo(401);
			assertThat(revokedAsBearer.json().get("reason").stringValue()).isEqualTo("invalid_api_key");
		}
	}

	@Test
	void resetForgetsEveryKey() {
		http.adminPost("/api/v1/admin/keys", "{}");

		http.raw("POST", "/__genaug/reset", null);

		assertThat(http.adminGet("/api/v1/admin/keys").json().get("items").isEmpty()).isTrue();
	}

	private void deployDemo() {
		assertThat(http.adminPost("/api/v1/admin/projects/from-config", "{\"yaml_content\":\"metadata: {name: demo-app}\"}")
			.json().get("id").stringValue()).isEqualTo(DEMO);
	}

	private JsonNode asKey(String key, String path) {
		Reply reply = http.raw("GET", path, null, "X-Admin-Key", key);
		assertThat(reply.status()).as(path).isEqualTo(200);
		return reply.json();
	}

}
