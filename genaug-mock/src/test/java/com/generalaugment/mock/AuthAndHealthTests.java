package com.generalaugment.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.generalaugment.mock.MockHttp.Reply;

import tools.jackson.databind.JsonNode;

/** Health without credentials, the two credentials of contract §1, unknown routes. */
class AuthAndHealthTests {

	private static GenaugMockServer open;

	private static GenaugMockServer locked;

	@BeforeAll
	static void start() {
		open = GenaugMockServer.start();
		locked = GenaugMockServer.start(GenaugMockOptions.builder().apiKeys("good-key").adminKeys("good-admin").build());
	}

	@AfterAll
	static void stop() {
		open.close();
		locked.close();
	}

	@ParameterizedTest
	@ValueSource(strings = {"/health/ready", "/health/live", "/v1/health"})
	void healthNeedsNoCredentialsAndReportsTheBuild(String path) {
		Reply reply = new MockHttp(open.baseUrl()).raw("GET", path, null);

		JsonNode health = reply.json();
		assertThat(reply.status()).isEqualTo(200);
		assertThat(health.get("status").stringValue()).isEqualTo("ok");
		assertThat(health.get("db").stringValue()).isEqualTo("connected (local mock)");
		assertThat(health.get("redis").stringValue()).isEqualTo("connected (local mock)");
		assertThat(health.get("version").stringValue()).isEqualTo(GenaugMockServer.version()).doesNotContain("${").isNotEqualTo("unknown");
		assertThat(health.get("build").stringValue()).isEqualTo("genaug-mock-" + GenaugMockServer.version());
		assertThat(health.get("build_sha").stringValue()).isEqualTo(health.get("build").stringValue());
	}

	@Test
	void projectRoutesNeedABearerKey() {
		MockHttp http = new MockHttp(open.baseUrl());

		Reply missing = http.raw("POST", "/v1/responses", "{}");
		Reply blank = http.raw("POST", "/api/v1/agent/memory/search", "{}", "Authorization", "Bearer   ");
		Reply adminKeyInstead = http.raw("POST", "/v1/responses", "{}", "X-Admin-Key", "a");

		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.json().get("reason").stringValue()).isEqualTo("missing_api_key");
		assertThat(missing.json().at("/detail/reason").stringValue()).isEqualTo("missing_api_key");
		assertThat(blank.status()).isEqualTo(401);
		assertThat(adminKeyInstead.status()).isEqualTo(401);
	}

	@Test
	void adminRoutesNeedAnAdminKey() {
		MockHttp http = new MockHttp(open.baseUrl());

		Reply bearerInstead = http.raw("GET", "/api/v1/admin/projects", null, "Authorization", "Bearer k");
		Reply integration = http.raw("DELETE", "/api/v1/integrations/x/unlink/%2B1555", null);

		assertThat(bearerInstead.status()).isEqualTo(401);
		assertThat(bearerInstead.json().get("reason").stringValue()).isEqualTo("missing_admin_key");
		assertThat(integration.status()).isEqualTo(401);
	}

	@Test
	void configuredKeysAreEnforced() {
		MockHttp http = new MockHttp(locked.baseUrl());

		Reply wrong = http.raw("POST", "/v1/responses", "{}", "Authorization", "Bearer other");
		Reply right = http.raw("POST", "/v1/responses", "{}", "Authorization", "Bearer good-key");
		Reply wrongAdmin = http.raw("GET", "/api/v1/admin/projects", null, "X-Admin-Key", "other");
		Reply rightAdmin = http.raw("GET", "/api/v1/admin/projects", null, "X-Admin-Key", "good-admin");

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.json().get("reason").stringValue()).isEqualTo("invalid_api_key");
		assertThat(right.status()).isEqualTo(200);
		assertThat(wrongAdmin.json().get("reason").stringValue()).isEqualTo("invalid_admin_key");
		assertThat(rightAdmin.status()).isEqualTo(200);
	}

	@Test
	void unknownRoutesAndMethodsAreNotFound() {
		MockHttp http = new MockHttp(open.baseUrl());

		Reply unknown = http.raw("GET", "/v2/nothing", null);
		Reply wrongMethod = http.raw("GET", "/v1/responses", null, "Authorization", "Bearer k");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").stringValue()).isEqualTo("not_found");
		assertThat(unknown.json().at("/detail/reason").stringValue()).isEqualTo("not_found");
		assertThat(unknown.json().get("message").stringValue()).isEqualTo("No mock route matched.");
		assertThat(wrongMethod.status()).isEqualTo(404);
	}

}
