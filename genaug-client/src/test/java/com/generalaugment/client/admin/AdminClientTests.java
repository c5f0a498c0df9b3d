package com.generalaugment.client.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.HttpMethod;
import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.RequestTimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin client's builder, credential and escape hatches.
 */
class AdminClientTests extends AdminTestSupport {

	@Test
	void blankAdminKeyIsAClearErrorNamingTheEnvironmentVariable() {
		assertThatThrownBy(() -> AdminClient.builder().build()).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("adminKey must not be blank")
			.hasMessageContaining("GENAUG_ADMIN_API_KEY");
		assertThatThrownBy(() -> AdminClient.builder().adminKey(" ").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("GENAUG_ADMIN_API_KEY");
	}

	@Test
	void builderSettingsAreExposedAndTheKeyNeverPrinted() {
		AdminClient client = AdminClient.builder()
			.adminKey(ADMIN_KEY)
			.baseUrl("http://127.0.0.1:8787/")
			.timeout(Duration.ofSeconds(5))
			.maxRetries(1)
			.projectId("project_123")
			.build();

		assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8787");
		assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(client.maxRetries()).isEqualTo(1);
		assertThat(client.defaultProjectId()).isEqualTo("project_123");
		assertThat(client.toString()).doesNotContain(ADMIN_KEY).contains("127.0.0.1:8787");
	}

	@Test
	void defaultsFollowTheContract() {
		AdminClient client = AdminClient.builder().adminKey(ADMIN_KEY).build();

		assertThat(client.baseUrl()).isEqualTo(GeneralAugment.DEFAULT_BASE_URL);
		assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(client.maxRetries()).isEqualTo(2);
		assertThat(client.defaultProjectId()).isNull();
	}

	@Test
	void blankDefaultProjectMeansNone() {
		assertThat(AdminClient.builder().adminKey(ADMIN_KEY).projectId(" ").build().defaultProjectId()).isNull();
	}

	@Test
	void sendsTheAdminKeyHeaderAndNeverABearerToken() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects")).willReturn(okJson("{\"items\": []}")));

		builder().defaultHeader("X-Team", "ops").build().projects().list();

		this.server.verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects"))
			.withHeader("X-Admin-Key", equalTo(ADMIN_KEY))
			.withHeader("Authorization", absent())
			.withHeader("User-Agent", equalTo(GeneralAugment.USER_AGENT))
			.withHeader("X-Team", equalTo("ops")));
	}

	@Test
	void adminRequestSendsBodyAndQueryUnderTheAdminPrefix() {
		stub(patch(urlPathEqualTo("/api/v1/admin/projects/proj%2F1/agents/a1"))
			.willReturn(okJson("{\"id\": \"a1\", \"enabled\": false}")));
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("dry_run", true);
		query.put("note", "a b");
		query.put("absent", null);

		JsonNode reply = client().adminRequest(HttpMethod.PATCH,
				"projects/proj%2F1/agents/a1", Map.of("enabled", false), query);

		verify(patchRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/agents/a1?dry_run=true&note=a%20b"))
			.withRequestBody(equalToJson("{\"enabled\": false}")));
		assertThat(reply.get("id").stringValue()).isEqualTo("a1");
	}

	@Test
	void integrationRequestUsesTheIntegrationsPrefixAndReturnsMissingForAnEmptyReply() {
		stub(post("/api/v1/integrations/proj%2F1/verify").willReturn(aResponse().withStatus(204)));

		JsonNode reply = client().integrationRequest(HttpMethod.POST, "/proj%2F1/verify",
				null, null);

		verify(postRequestedFor(urlEqualTo("/api/v1/integrations/proj%2F1/verify")));
		assertThat(reply.isMissingNode()).isTrue();
	}

	@Test
	void escapeHatchTakesRetrySafetyFromTheMethod() {
		stub(get("/api/v1/admin/widgets").willReturn(aResponse().withStatus(502)));
		stub(post("/api/v1/admin/widgets").willReturn(aResponse().withStatus(502)));
		AdminClient client = builder().maxRetries(2).build();

		assertThatThrownBy(() -> client.adminRequest(HttpMethod.GET, "/widgets", null, null))
			.isInstanceOf(ApiErrorException.class);
		assertThatThrownBy(() -> client.adminRequest(HttpMethod.POST, "/widgets",
				Map.of("name", "w"), null))
			.isInstanceOf(ApiErrorException.class);

		verify(3, getRequestedFor(urlEqualTo("/api/v1/admin/widgets")));
		verify(1, postRequestedFor(urlEqualTo("/api/v1/admin/widgets")));
	}


	@Test
	void withOptionsSendsTheRequestIdTraceContextAndHeadersOnEveryCallMadeThroughIt() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects")).willReturn(okJson("{\"items\": []}")));
		stub(get(urlEqualTo("/api/v1/admin/projects/project_1")).willReturn(okJson("{\"id\": \"project_1\"}")));
		AdminClient client = client();
		AdminClient traced = client.withOptions(RequestOptions.builder()
			.requestId("req_deploy_42")
			.traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
			.header("X-Team", "ops")
			.build());

		traced.projects().list();
		traced.projects().get("project_1");
		client.projects().list();

		for (String path : List.of("/api/v1/admin/projects", "/api/v1/admin/projects/project_1")) {
			this.server.verify(getRequestedFor(urlEqualTo(path)).withHeader("X-Request-ID", equalTo("req_deploy_42"))
				.withHeader("traceparent", equalTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
				.withHeader("X-Team", equalTo("ops"))
				.withHeader("X-Admin-Key", equalTo(ADMIN_KEY)));
		}
		this.server.verify(1, getRequestedFor(urlEqualTo("/api/v1/admin/projects")).withHeader("X-Request-ID", absent()));
	}

	@Test
	void withOptionsCannotReplaceTheAdminKey() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects")).willReturn(okJson("{\"items\": []}")));

		client().withOptions(RequestOptions.builder().header("X-Admin-Key", "someone-else").build()).projects().list();

		assertThat(this.server.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().header("X-Admin-Key").values())
				.containsExactly(ADMIN_KEY));
	}

	@Test
	void withOptionsTimeoutBoundsEachCallInsteadOfTheClients() {
		stub(get(urlPathEqualTo("/api/v1/admin/projects")).willReturn(okJson("{\"items\": []}").withFixedDelay(1500)));
		AdminClient patient = builder().timeout(Duration.ofSeconds(30)).maxRetries(0).build();
		long start = System.nanoTime();

		assertThatThrownBy(() -> patient.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build())
			.projects().list()).isInstanceOfSatisfying(RequestTimeoutException.class,
					(ex) -> assertThat(ex.getMessage()).contains("300 ms"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1200));
		assertThat(patient.timeout()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void withOptionsRefusesAnIdempotencyKeyThatAdminCallsWouldIgnore() {
		assertThatThrownBy(() -> client().withOptions(RequestOptions.builder().idempotencyKey("deploy-1").build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("X-Idempotency-Key on responses only")
			.hasMessageContaining("dispatchKey");
		verifyNothingSent();
	}

}
