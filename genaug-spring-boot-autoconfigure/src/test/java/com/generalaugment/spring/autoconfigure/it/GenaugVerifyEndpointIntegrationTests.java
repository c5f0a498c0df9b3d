package com.generalaugment.spring.autoconfigure.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.admin.ApiKeyCreateParams;
import com.generalaugment.client.admin.ConfigDeployParams;
import com.generalaugment.mock.GenaugMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /actuator/genaug/verify} in a running application on the embedded mock: the report over HTTP,
 * the optional project in the body, and the last outcome on {@code GET /actuator/genaug}.
 */
@SpringBootTest(classes = GenaugVerifyEndpointIntegrationTests.App.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "genaug.mock.enabled=true", "management.endpoints.web.exposure.include=health,genaug",
				"management.endpoint.health.show-details=always", "management.health.redis.enabled=false" })
class GenaugVerifyEndpointIntegrationTests {

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private AdminClient admin;

	@Autowired
	private GenaugMockServer mock;

	@BeforeEach
	void onboard() {
		this.mock.reset();
		this.admin.keys().create(ApiKeyCreateParams.builder().name("backend").projectId("proj_mock").build());
		this.admin.project().config().deploy(ConfigDeployParams.builder()
			.yamlContent("metadata:\n  name: mock-project\n")
			.soulContent("You are the assistant of a test app.")
			.skills(List.of("# Greeting\nSay hello."))
			.build());
	}

	@Test
	void anEmptyBodyVerifiesTheConfiguredProjectAndPasses() throws Exception {
		HttpResponse<String> response = post("/actuator/genaug/verify", "{}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode outcome = JsonMapper.shared().readTree(response.body());
		assertThat(outcome.path("project").asString()).isEqualTo("proj_mock");
		assertThat(outcome.path("verdict").asString()).as(response.body()).isEqualTo("PASS");
		assertThat(outcome.path("report").path("checks")).hasSize(21);
		assertThat(outcome.path("report").path("sdk").path("name").asString()).isEqualTo("genaug-java");
	}

	@Test
	void anEmptyJsonBodyIsTheSameAsAnEmptyObject() throws Exception {
		HttpResponse<String> response = post("/actuator/genaug/verify", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(response.body()).path("verdict").asString()).isEqualTo("PASS");
	}

	@Test
	void theBodyNamesTheProjectBySlugAndTheLastOutcomeShowsOnTheEndpoint() throws Exception {
		assertThat(post("/actuator/genaug/verify", "{\"project\":\"mock-project\"}").statusCode()).isEqualTo(200);

		JsonNode last = JsonMapper.shared().readTree(get("/actuator/genaug")).path("lastVerification");
		assertThat(last.path("project").asString()).isEqualTo("mock-project");
		assertThat(last.path("verdict").asString()).isEqualTo("PASS");
		assertThat(last.path("at").asString()).isNotBlank();
	}

	@Test
	void anUnknownProjectIsAnErrorOutcomeNotAReport() throws Exception {
		HttpResponse<String> response = post("/actuator/genaug/verify", "{\"project\":\"nope\"}");

		JsonNode outcome = JsonMapper.shared().readTree(response.body());
		assertThat(outcome.path("verdict").asString()).isEqualTo("ERROR");
		assertThat(outcome.path("error").asString()).contains("not_found", "nope");
		assertThat(outcome.has("report")).isFalse();
	}

	@Test
	void theSupportBundleAndHealthShowTheApisVersionBuildShaAndDependencies() throws Exception {
		JsonNode api = JsonMapper.shared().readTree(get("/actuator/genaug")).path("api");
		assertThat(api.path("version").asString()).isNotBlank();
		assertThat(api.path("buildSha").asString()).isNotBlank();
		assertThat(api.path("build").asString()).contains(api.path("version").asString(), api.path("buildSha").asString());
		assertThat(api.path("db").asString()).isEqualTo("connected (local mock)");
		assertThat(api.path("redis").asString()).isEqualTo("connected (local mock)");
		JsonNode details = JsonMapper.shared().readTree(get("/actuator/health")).path("components").path("genaug")
			.path("details");
		assertThat(details.path("apiVersion").asString()).isEqualTo(api.path("version").asString());
		assertThat(details.path("apiBuildSha").asString()).isEqualTo(api.path("buildSha").asString());
		assertThat(details.path("db").asString()).isEqualTo("connected (local mock)");
	}

	@Test
	void anUnknownActionIsABadRequest() throws Exception {
		assertThat(post("/actuator/genaug/reboot", "{}").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (body != null) {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		// Open and without CSRF so the test can POST; a real app puts verify behind an ops role.
		@Bean
		SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

}
