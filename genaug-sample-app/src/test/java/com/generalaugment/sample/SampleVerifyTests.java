package com.generalaugment.sample;

import java.net.http.HttpResponse;

import com.generalaugment.client.GeneralAugment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /actuator/genaug/verify} over real HTTP on the sample's default run: the project the sample
 * seeds on the embedded mock passes every check, and only OPS may start a run (it makes billed calls on a
 * real platform).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleVerifyTests {

	private static final String VERIFY = "/actuator/genaug/verify";

	@LocalServerPort
	int port;

	private SampleHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void theSeededMockProjectPassesAll21Checks() throws Exception {
		HttpResponse<String> response = this.http.postJson(VERIFY, this.http.signIn("ops", "ops-password"), "{}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode outcome = SampleHttp.json(response);
		assertThat(outcome.get("verdict").stringValue()).as(response.body()).isEqualTo("PASS");
		assertThat(outcome.get("project").stringValue()).isEqualTo("proj_mock");
		JsonNode report = outcome.get("report");
		assertThat(report.get("sdk").get("version").stringValue()).isEqualTo(GeneralAugment.VERSION);
		assertThat(report.get("project").get("slug").stringValue()).isEqualTo("mock-project");
		JsonNode checks = report.get("checks");
		assertThat(checks.size()).isEqualTo(21);
		checks.forEach((check) -> assertThat(check.get("status").stringValue()).as(check.toString()).isEqualTo("PASS"));
	}

	@Test
	void aUserMayNotRunVerify() throws Exception {
		HttpResponse<String> response = this.http.postJson(VERIFY, this.http.signIn("alice", "alice-password"), "{}");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("forbidden");
	}

	@Test
	void verifyWithoutATokenIsA401() throws Exception {
		HttpResponse<String> response = this.http.postJson(VERIFY, null, "{}");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("unauthenticated");
	}

	@Test
	void theSupportBundleShowsTheLastVerificationAfterARun() throws Exception {
		String ops = this.http.signIn("ops", "ops-password");
		assertThat(this.http.postJson(VERIFY, ops, "{}").statusCode()).isEqualTo(200);

		HttpResponse<String> bundle = this.http.get("/actuator/genaug", ops);

		assertThat(bundle.statusCode()).isEqualTo(200);
		JsonNode last = SampleHttp.json(bundle).get("lastVerification");
		assertThat(last).as("lastVerification").isNotNull();
		assertThat(last.get("verdict").stringValue()).isEqualTo("PASS");
		assertThat(last.get("project").stringValue()).isEqualTo("proj_mock");
		assertThat(bundle.body()).doesNotContain("mock-project-key").doesNotContain("mock-admin-key");
	}

}
