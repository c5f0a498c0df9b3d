package com.generalaugment.spring.autoconfigure.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.mock.GenaugMockOptions;
import com.generalaugment.mock.GenaugMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code GET /actuator/genaug} in a running web application whose clients call a local mock of the platform,
 * read over HTTP the way an operations dashboard would.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=support-it", "genaug.api-key=" + GenaugSupportEndpointIntegrationTests.KEY,
				"genaug.admin.api-key=" + GenaugSupportEndpointIntegrationTests.ADMIN_KEY, "genaug.max-retries=0",
				"genaug.timeout=10s", "genaug.proxy.enabled=true",
				"management.endpoints.web.exposure.include=health,genaug" })
class GenaugSupportEndpointIntegrationTests {

	static final String KEY = "sk-genaug-support-7d6c5b4aSECRET";

	static final String ADMIN_KEY = "ak-genaug-support-1a2b3cSECRET";

	private static final GenaugMockServer mock = GenaugMockServer
		.start(GenaugMockOptions.builder().apiKeys(KEY).adminKeys(ADMIN_KEY).build());

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private GeneralAugmentClient client;

	@Autowired
	private AdminClient adminClient;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("genaug.base-url", mock::baseUrl);
	}

	@AfterAll
	static void stop() {
		mock.close();
	}

	@Test
	void reportsVersionsPlatformBuildAndRecentCallsWithoutKeys() throws Exception {
		ResponseCreateParams request = ResponseCreateParams.builder().input("Reply exactly with: pong").build();
		Response ok = this.client.responses().create(request, RequestOptions.builder().requestId("req_support_ok").build());
		GeneralAugmentException failure = catchThrowableOfType(GeneralAugmentException.class,
				() -> this.client.responses().create(request,
						RequestOptions.builder().header("X-Genaug-Mock-Scenario", "server-error").build()));
		this.adminClient.projects().list();

		String body = get("/actuator/genaug");
		System.out.println("GET /actuator/genaug -> " + body);
		JsonNode support = JsonMapper.shared().readTree(body);

		JsonNode sdk = support.path("sdk");
		assertThat(sdk.path("version").asString()).isEqualTo(GeneralAugment.VERSION);
		assertThat(sdk.path("java").asString()).isEqualTo(System.getProperty("java.version"));
		assertThat(sdk.path("springBoot").asString()).isEqualTo(SpringBootVersion.getVersion());

		JsonNode api = support.path("api");
		assertThat(api.path("baseUrl").asString()).isEqualTo(mock.baseUrl());
		assertThat(api.path("status").asString()).isEqualTo("UP");
		assertThat(api.path("build").asString()).startsWith(GenaugMockServer.version() + ", build ");
		assertThat(Instant.parse(api.path("lastReachedAt").asString())).isBefore(Instant.now().plusSeconds(1));

		assertThat(support.path("app").path("name").asString()).isEqualTo("support-it");

		JsonNode clients = support.path("clients");
		assertThat(clients.path("project").path("configured").asBoolean()).isTrue();
		assertThat(clients.path("project").path("apiKeyConfigured").asBoolean()).isTrue();
		assertThat(clients.path("project").path("timeoutMs").asLong()).isEqualTo(10_000);
		assertThat(clients.path("project").path("maxRetries").asInt()).isZero();
		assertThat(clients.path("admin").path("apiKeyConfigured").asBoolean()).isTrue();
		assertThat(clients.path("proxy").path("enabled").asBoolean()).isTrue();
		assertThat(clients.path("proxy").path("path").asString()).isEqualTo("/ai/responses");

		JsonNode recent = support.path("recent");
		assertThat(recent).hasSize(3);
		assertThat(recent.get(0).path("operation").asString()).isEqualTo("listProjects");
		JsonNode failed = recent.get(1);
		assertThat(failed.path("operation").asString()).isEqualTo("createResponse");
		assertThat(failed.path("status").asInt()).isEqualTo(500);
		assertThat(failed.path("reason").asString()).isEqualTo(failure.reason()).isNotBlank();
		assertThat(failed.path("attempts").asInt()).isEqualTo(1);
		JsonNode succeeded = recent.get(2);
		assertThat(succeeded.has("reason")).isFalse();
		assertThat(succeeded.path("status").asInt()).isEqualTo(200);
		assertThat(succeeded.path("responseId").asString()).isEqualTo(ok.id());
		assertThat(succeeded.path("requestId").asString()).isEqualTo("req_support_ok");
		assertThat(succeeded.path("traceId").asString()).isEqualTo(ok.traceId());
		assertThat(Instant.parse(succeeded.path("at").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(succeeded.path("durationMs").isIntegralNumber()).isTrue();

		assertThat(body).doesNotContain(KEY).doesNotContain(ADMIN_KEY).doesNotContain("SECRET").doesNotContain("pong");
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
