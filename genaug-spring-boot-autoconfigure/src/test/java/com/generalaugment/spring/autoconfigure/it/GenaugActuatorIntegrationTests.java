package com.generalaugment.spring.autoconfigure.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.generalaugment.client.GeneralAugment;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in a running web application with Actuator, read over HTTP the way an operator would.
 */
@SpringBootTest(classes = ActuatorTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "genaug.api-key=" + GenaugActuatorIntegrationTests.KEY,
				"genaug.admin.api-key=" + GenaugActuatorIntegrationTests.ADMIN_KEY,
				"management.endpoint.health.show-details=always", "management.endpoint.health.probes.enabled=true",
				"management.endpoints.web.exposure.include=health,info,configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				// Spring Data Redis is on this module's test classpath for the proxy's Redis store; no Redis runs here.
				"management.health.redis.enabled=false" })
class GenaugActuatorIntegrationTests {

	static final String KEY = "sk-genaug-it-9f8e7d6c5b4aSECRET";

	static final String ADMIN_KEY = "ak-genaug-it-1a2b3c4d5eSECRET";

	private static final WireMockServer upstream = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstream(DynamicPropertyRegistry registry) {
		if (!upstream.isRunning()) {
			upstream.start();
			upstream.stubFor(get("/health/ready").willReturn(
					okJson("{\"status\":\"ok\",\"db\":\"connected\",\"version\":\"1.4.2\",\"commit\":\"abc1234\"}")));
		}
		registry.add("genaug.base-url", upstream::baseUrl);
	}

	@AfterAll
	static void stop() {
		upstream.stop();
	}

	@Test
	void healthShowsTheGenaugComponent() throws Exception {
		String body = read("/actuator/health");
		JsonNode genaug = JsonMapper.shared().readTree(body).path("components").path("genaug");
		assertThat(genaug.path("status").asString()).isEqualTo("UP");
		JsonNode details = genaug.path("details");
		assertThat(details.path("sdkVersion").asString()).isEqualTo(GeneralAugment.VERSION);
		assertThat(details.path("apiBuild").asString()).isEqualTo("1.4.2, commit abc1234");
		assertThat(details.path("baseUrl").asString()).isEqualTo(upstream.baseUrl());
		assertThat(details.path("status").asString()).isEqualTo("ok");
		assertThat(details.path("latency").isNumber()).isTrue();
		assertThat(body).doesNotContain(KEY).doesNotContain(ADMIN_KEY);
	}

	@Test
	void livenessGroupDoesNotIncludeGenaug() throws Exception {
		assertThat(read("/actuator/health/liveness")).doesNotContain("genaug");
	}

	@Test
	void configpropsMasksTheKey() throws Exception {
		String body = read("/actuator/configprops");
		assertThat(body).contains("\"baseUrl\":\"" + upstream.baseUrl() + "\"")
			.contains("\"apiKey\":\"******\"")
			.doesNotContain(KEY)
			.doesNotContain(ADMIN_KEY);
	}

	@Test
	void envMasksTheKey() throws Exception {
		String body = read("/actuator/env");
		assertThat(body).contains("genaug.api-key", "genaug.admin.api-key").doesNotContain(KEY).doesNotContain(ADMIN_KEY);
	}

	@Test
	void infoShowsTheSdkVersion() throws Exception {
		JsonNode genaug = JsonMapper.shared().readTree(read("/actuator/info")).path("genaug");
		assertThat(genaug.path("sdk").path("version").asString()).isEqualTo(GeneralAugment.VERSION);
		assertThat(genaug.path("clients").path("project").path("configured").asBoolean()).isTrue();
		assertThat(genaug.path("clients").path("admin").path("configured").asBoolean()).isTrue();
	}

	private String read(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
