package com.generalaugment.client.contract;

import java.util.List;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.admin.ApiKeyCreateParams;
import com.generalaugment.client.admin.ConfigDeployParams;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.verify.CheckStatus;
import com.generalaugment.client.verify.ReadinessItem;
import com.generalaugment.client.verify.VerificationCheck;
import com.generalaugment.client.verify.VerificationReport;
import com.generalaugment.client.verify.VerifyParams;
import com.generalaugment.mock.junit.GenaugMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The verify run against the mock: PASS on a project set up as onboarding asks, exactly the broken
 * check FAIL when the mock is stubbed to break one, and the CLI's report shape.
 */
class VerifyAgainstMockTests {

	private static final List<String> CHECKS = List.of("api_ready", "project_resolved", "project_api_key",
			"project_key_execution", "tool_registry", "runtime_policy_model_routing", "soul_visible", "skills_visible",
			"agent_test", "run_timeline_inspect", "logs", "usage", "usage_limits", "observability", "channel_status",
			"memory_store", "memory_search", "memory_profile", "memory_response_recall", "memory_delete", "tool_call_audit");

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private AdminClient admin() {
		return AdminClient.builder().adminKey("local-admin").baseUrl(mock.baseUrl()).build();
	}

	private GeneralAugmentClient client() {
		return GeneralAugmentClient.builder().apiKey("local-test").baseUrl(mock.baseUrl()).build();
	}

	private void onboard() {
		admin().keys().create(ApiKeyCreateParams.builder().name("mobile-backend").projectId("proj_mock").build());
		admin().project("proj_mock").config().deploy(ConfigDeployParams.builder()
			.yamlContent("metadata:\n  name: mock-project\n")
			.soulContent("You are the concierge of a hotel app. Be brief.")
			.skills(List.of("---\nname: check-in\ndescription: Early check-in requests\n---\n# Check-in\nOffer 11:00."))
			.build());
	}

	@Test
	void anOnboardedProjectPassesEveryCheckInTheClisOrder() {
		onboard();

		VerificationReport report = admin().project("proj_mock")
			.verify(VerifyParams.builder().projectClient(client()).verificationId("0123456789ab").build());

		assertThat(report.checks()).extracting(VerificationCheck::name).containsExactlyElementsOf(CHECKS);
		assertThat(report.checks()).allSatisfy((check) -> assertThat(check.status()).as(check.toString()).isEqualTo(CheckStatus.PASS));
		assertThat(report.verdict()).isEqualTo(CheckStatus.PASS);
		assertThat(report.check("memory_response_recall").orElseThrow().detail()).contains("genaug-memory-verify-0123456789ab");
		assertThat(report.readinessItems()).extracting(ReadinessItem::key).contains("api_ready", "memory_tested",
				"tenant_behavior_configured", "billing_state_known");
		assertThat(report.readinessItems()).filteredOn((item) -> item.key().equals("billing_state_known"))
			.singleElement().satisfies((item) -> assertThat(item.status()).isEqualTo(CheckStatus.SKIP));
		assertThat(report.readinessStatus()).isEqualTo("PARTIAL");
	}

	@Test
	void theReportHasTheClisFieldsWithAnSdkObjectInPlaceOfCli() {
		onboard();

		JsonNode report = admin().project("mock-project").verify(VerifyParams.builder().projectClient(client()).build()).raw();

		assertThat(report.propertyNames()).containsExactlyInAnyOrder("sdk", "api", "auth", "project", "verdict", "checks",
				"readiness_checklist", "runtime_policy", "dashboard");
		assertThat(report.get("sdk").get("name").stringValue()).isEqualTo("genaug-java");
		assertThat(report.get("sdk").get("version").stringValue()).isEqualTo(GeneralAugment.VERSION);
		assertThat(report.get("api").get("status").stringValue()).isEqualTo("ok");
		assertThat(report.get("api").has("build_sha")).isTrue();
		assertThat(report.get("auth").get("auth_method").stringValue()).isEqualTo("api_key");
		assertThat(report.get("project").get("slug").stringValue()).isEqualTo("mock-project");
		assertThat(report.get("readiness_checklist").get("version").stringValue()).isEqualTo("general-augment-readiness/v1");
		assertThat(report.get("runtime_policy").get("model_routing").get("mode").stringValue()).isEqualTo("tiered_complexity");
		assertThat(report.get("dashboard").get("project").stringValue()).isEqualTo(mock.baseUrl() + "/dashboard/projects/proj_mock");
		assertThat(report.get("dashboard").get("observability").stringValue())
			.isEqualTo(mock.baseUrl() + "/dashboard/observability?project_id=proj_mock");
	}

	@Test
	void aMockStubbedToHideTheSoulFailsExactlyThatCheck() {
		onboard();
		mock.wireMock().stubFor(get(urlEqualTo("/api/v1/admin/projects/proj_mock/soul")).atPriority(1)
			.willReturn(okJson("{\"content\":\"\",\"project_id\":\"proj_mock\"}")));

		VerificationReport report = admin().project("Mock Project").verify(VerifyParams.builder().projectClient(client()).build());

		assertThat(report.failures()).extracting(VerificationCheck::name).containsExactly("soul_visible");
		assertThat(report.verdict()).isEqualTo(CheckStatus.FAIL);
		assertThat(report.readinessStatus()).isEqualTo("PARTIAL");
	}

	@Test
	void theFreshMockFailsWhatOnboardingHasNotDoneAndSkipsTheProjectKeyChecksWithoutAKey() {
		VerificationReport report = admin().project("proj_mock").verify(VerifyParams.builder().build());

		assertThat(report.failures()).extracting(VerificationCheck::name).containsExactly("project_api_key", "soul_visible");
		assertThat(report.checks()).filteredOn((check) -> check.status() == CheckStatus.SKIP)
			.extracting(VerificationCheck::name)
			.containsExactly("project_key_execution", "memory_store", "memory_search", "memory_profile",
					"memory_response_recall", "memory_delete");
		assertThat(report.check("memory_store").orElseThrow().detail()).contains("projectClient");
		assertThat(report.readinessStatus()).isEqualTo("FAIL");
	}

	@Test
	void anUnknownProjectAbortsTheRunWithoutAReport() {
		assertThatThrownBy(() -> admin().project("no-such-project").verify(VerifyParams.builder().build()))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.details().message()).contains("no-such-project");
			});
	}

}
