package com.generalaugment.client.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.admin.AgentRun;
import com.generalaugment.client.admin.AgentTestResult;
import com.generalaugment.client.admin.ApiHealth;
import com.generalaugment.client.admin.ApiKey;
import com.generalaugment.client.admin.ApiKeyCreateParams;
import com.generalaugment.client.admin.ApiKeyUpdate;
import com.generalaugment.client.admin.ChannelStatus;
import com.generalaugment.client.admin.ConfigDeployParams;
import com.generalaugment.client.admin.IdentityLink;
import com.generalaugment.client.admin.IdentityVerifyParams;
import com.generalaugment.client.admin.KeyIdentity;
import com.generalaugment.client.admin.LogEntry;
import com.generalaugment.client.admin.MagicLinkParams;
import com.generalaugment.client.admin.ProjectScope;
import com.generalaugment.client.admin.RegisteredTool;
import com.generalaugment.client.admin.RunListParams;
import com.generalaugment.client.admin.RuntimePolicy;
import com.generalaugment.client.admin.Skill;
import com.generalaugment.client.admin.SkillSummary;
import com.generalaugment.client.admin.SupportBundleParams;
import com.generalaugment.client.admin.TraceRef;
import com.generalaugment.client.admin.UserLinkParams;
import com.generalaugment.client.admin.VerificationChallenge;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.memory.MemoryCorrectParams;
import com.generalaugment.client.memory.MemoryCorrection;
import com.generalaugment.client.memory.MemoryFact;
import com.generalaugment.client.memory.MemoryLineage;
import com.generalaugment.client.memory.MemoryStoreParams;
import com.generalaugment.mock.junit.GenaugMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin and ops calls beyond the platform's SDKs, over real HTTP against the mock: what goes on the
 * wire (method, encoded path, key header, body) and what the typed replies read back.
 */
class OpsAdminAgainstMockTests {

	private static final String ADMIN_KEY = "local-admin";

	private static final String PROJECT = "/api/v1/admin/projects/proj_mock";

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private AdminClient admin() {
		return AdminClient.builder().adminKey(ADMIN_KEY).baseUrl(mock.baseUrl()).projectId("proj_mock").build();
	}

	private GeneralAugmentClient client() {
		return GeneralAugmentClient.builder().apiKey("local-test").baseUrl(mock.baseUrl()).build();
	}

	@Test
	void healthReportsTheApisStatusBuildAndDependencies() {
		ApiHealth health = admin().health();

		assertThat(health.ready()).isTrue();
		assertThat(health.version()).isNotBlank();
		assertThat(health.buildSha()).isNotBlank();
		assertThat(health.db()).isEqualTo("connected (local mock)");
		assertThat(health.redis()).isEqualTo("connected (local mock)");
		mock.wireMock().verify(getRequestedFor(urlEqualTo("/health/ready")));
	}

	@Test
	void meNamesTheKeysProjectsAndAProjectKeyNarrowsItToItsProject() {
		KeyIdentity account = admin().me();
		assertThat(account.authMethod()).isEqualTo("api_key");
		assertThat(account.projectId()).isNull();
		assertThat(account.projectIds()).contains("proj_mock");
		mock.wireMock().verify(getRequestedFor(urlEqualTo("/api/v1/admin/me")).withHeader("X-Admin-Key", equalTo(ADMIN_KEY)));

		ApiKey scoped = admin().keys().create(ApiKeyCreateParams.builder().name("ops").scopes(List.of("admin"))
			.projectId("proj_mock").build());
		AdminClient projectAdmin = AdminClient.builder().adminKey(scoped.rawKey()).baseUrl(mock.baseUrl()).build();
		assertThat(projectAdmin.me().projectId()).isEqualTo("proj_mock");
		assertThat(projectAdmin.me().projectIds()).containsExactly("proj_mock");
	}

	@Test
	void apiKeysAreCreatedListedUpdatedAndRevokedWithTheRawKeyOnlyInTheCreateReply() {
		AdminClient admin = admin();
		ApiKey created = admin.keys().create(ApiKeyCreateParams.builder()
			.name("ci")
			.projectId("proj_mock_07b46dca9c05")
			.runtimeMode("test")
			.scopes(List.of("responses:create"))
			.build());

		// The contract's worked example: the same body gives the same id and key.
		assertThat(created.id()).isEqualTo("key_mock_1d9ce8151295");
		assertThat(created.rawKey()).isEqualTo("gabtest_983fa594652e0994042a6019");
		assertThat(created.maskedKey()).isEqualTo("gabtest_983f...6019");
		assertThat(created.toString()).doesNotContain("gabtest_983fa594652e0994042a6019").contains("gabtest_983f...6019");
		mock.wireMock().verify(postRequestedFor(urlEqualTo("/api/v1/admin/keys"))
			.withHeader("X-Admin-Key", equalTo(ADMIN_KEY))
			.withRequestBody(equalToJson("{\"name\":\"ci\",\"scopes\":[\"responses:create\"],"
					+ "\"project_id\":\"proj_mock_07b46dca9c05\",\"runtime_mode\":\"test\"}")));

		List<ApiKey> listed = admin.keys().list();
		assertThat(listed).extracting(ApiKey::id).containsExactly("key_mock_1d9ce8151295");
		assertThat(listed.get(0).rawKey()).isNull();

		Instant expiry = Instant.parse("2027-01-01T00:00:00Z");
		ApiKey renamed = admin.keys().update(created.id(), ApiKeyUpdate.builder().name("ci-2").expiresAt(expiry).build());
		assertThat(renamed.name()).isEqualTo("ci-2");
		assertThat(renamed.expiresAt()).isEqualTo(expiry);
		assertThat(renamed.scopes()).containsExactly("responses:create");
		assertThat(admin.keys().update(created.id(), ApiKeyUpdate.builder().clearExpiry().build()).expiresAt()).isNull();
		mock.wireMock().verify(patchRequestedFor(urlEqualTo("/api/v1/admin/keys/key_mock_1d9ce8151295"))
			.withRequestBody(equalToJson("{\"expires_at\":null}")));

		assertThat(admin.keys().revoke(created.id()).status()).isEqualTo("revoked");
		mock.wireMock().verify(deleteRequestedFor(urlEqualTo("/api/v1/admin/keys/key_mock_1d9ce8151295")));
		assertThatThrownBy(() -> admin.keys().update("key/missing", ApiKeyUpdate.builder().name("x").build()))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.details().message()).isEqualTo("API key not found.");
			});
		mock.wireMock().verify(patchRequestedFor(urlEqualTo("/api/v1/admin/keys/key%2Fmissing")));
	}

	@Test
	void keyParametersFollowTheCliRules() {
		assertThat(ApiKeyCreateParams.builder().name("a").projectId("p").build().scopes()).containsExactly("responses:create");
		assertThat(ApiKeyCreateParams.builder().name("a").projectId("p").build().runtimeMode()).isEqualTo("test");
		assertThat(ApiKeyCreateParams.builder().name("a").build().scopes()).containsExactly("admin");
		assertThatThrownBy(() -> ApiKeyCreateParams.builder().name("a").projectId("p")
			.scopes(List.of("runtime", "admin")).build()).hasMessageContaining("mix");
		assertThatThrownBy(() -> ApiKeyCreateParams.builder().name("a").scopes(List.of("runtime")).build())
			.hasMessageContaining("needs a projectId");
		assertThatThrownBy(() -> ApiKeyCreateParams.builder().name("a").runtimeMode("live").build())
			.hasMessageContaining("no runtime mode");
	}

	@Test
	void toolRegistryRuntimePolicyAndSoulOfTheSeededProject() {
		ProjectScope project = admin().project();
		assertThat(admin().tools().list()).extracting(RegisteredTool::id).contains("calendar_read", "web_search");
		assertThat(admin().tools().list().get(0).riskLevel()).isEqualTo("low");
		mock.wireMock().verify(getRequestedFor(urlEqualTo("/api/v1/admin/tools")).withHeader("X-Admin-Key", equalTo(ADMIN_KEY)));

		RuntimePolicy policy = project.runtimePolicy();
		assertThat(policy.projectId()).isEqualTo("proj_mock");
		assertThat(policy.routingMode()).isEqualTo("tiered_complexity");
		assertThat(policy.defaultTier()).isEqualTo("balanced");
		assertThat(policy.channelParity()).isTrue();
		assertThat(policy.tiers()).containsEntry("simple", "mock/simple").containsEntry("complex", "mock/complex");
		assertThat(policy.toolDiscoveryMode()).isEqualTo("auto");
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/runtime-policy")).withHeader("X-Admin-Key", equalTo(ADMIN_KEY)));

		assertThat(project.soul().content()).isEmpty();
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/soul")));
		admin().project().config().deploy(ConfigDeployParams.builder()
			.yamlContent("metadata:\n  name: mock-project\n")
			.soulContent("You are the concierge of a hotel app.")
			.build());
		assertThat(project.soul().content()).isEqualTo("You are the concierge of a hotel app.");
		assertThatThrownBy(() -> admin().project("proj_missing").soul())
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.status()).isEqualTo(404));
	}

	@Test
	void skillsAreAddedListedReadReplacedAndDeletedByTheirEncodedNames() {
		ProjectScope project = admin().project();
		Skill added = project.skills().add("---\nname: Héllo Wörld skill\ndescription: Greets\nversion: 2\ntags: [a, b]\n---\n# Ignored\nSay hi.");
		assertThat(added.name()).isEqualTo("Héllo Wörld skill");
		assertThat(added.metadata().get("version")).hasToString("2");
		mock.wireMock().verify(postRequestedFor(urlEqualTo(PROJECT + "/skills")).withRequestBody(equalToJson(
				"{\"content\":\"---\\nname: Héllo Wörld skill\\ndescription: Greets\\nversion: 2\\ntags: [a, b]\\n---\\n# Ignored\\nSay hi.\"}")));

		SkillSummary listed = project.skills().list().get(0);
		assertThat(listed.name()).isEqualTo("Héllo Wörld skill");
		assertThat(listed.version()).isEqualTo("2");
		assertThat(listed.tags()).containsExactly("a", "b");
		assertThat(listed.path()).isEqualTo("skills/h-llo-w-rld-skill/SKILL.md");
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/skills?limit=100")));
		assertThat(project.runtimePolicy().skillNames()).containsExactly("Héllo Wörld skill");

		assertThat(project.skills().get("Héllo Wörld skill").content()).endsWith("Say hi.");
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/skills/H%C3%A9llo%20W%C3%B6rld%20skill")));
		Skill replaced = project.skills().replace("Héllo Wörld skill", "# Héllo Wörld skill\nSay hello.");
		assertThat(replaced.content()).isEqualTo("# Héllo Wörld skill\nSay hello.");
		mock.wireMock().verify(putRequestedFor(urlEqualTo(PROJECT + "/skills/H%C3%A9llo%20W%C3%B6rld%20skill")));
		assertThat(project.skills().list()).hasSize(1);

		assertThat(project.skills().delete("Héllo Wörld skill").status()).isEqualTo("deleted");
		assertThat(project.skills().list()).isEmpty();
		assertThatThrownBy(() -> project.skills().get("Héllo Wörld skill"))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.details().message()).isEqualTo("Skill not found.");
			});
		assertThatThrownBy(() -> project.skills().add(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theMockRefusesEmptySkillContentThroughTheEscapeHatch() {
		assertThatThrownBy(() -> admin().adminRequest(com.generalaugment.client.HttpMethod.POST, "/projects/proj_mock/skills",
				Map.of("content", ""), null))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.reason()).isEqualTo("invalid_request");
				assertThat(ex.details().message()).isEqualTo("Skill content is required.");
			});
	}

	@Test
	void aHostedTestCallLeavesLogsATraceAndARunWithEvents() {
		ProjectScope project = admin().project();
		AgentTestResult test = project.agent().test("hello there");
		Object runId = test.metadata().get("agent_run_id");
		assertThat(runId).isInstanceOf(String.class);

		List<LogEntry> logs = project.logs(5, RequestOptions.none());
		assertThat(logs).extracting(LogEntry::role).containsExactly("user", "assistant");
		assertThat(logs.get(1).modelUsed()).isEqualTo("mock/balanced");
		assertThat(logs.get(1).traceId()).isEqualTo(test.traceId());
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/logs?limit=5")));

		AgentRun run = project.runs().get((String) runId);
		assertThat(run.id()).isEqualTo(runId);
		assertThat(run.traceId()).isEqualTo(test.traceId());
		assertThat(run.runEvents()).isNotEmpty();
		assertThat(project.runs().list(RunListParams.builder().traceId(test.traceId()).build()))
			.extracting(AgentRun::id).containsExactly((String) runId);
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/runs?trace_id=" + test.traceId())));
		assertThatThrownBy(() -> project.runs().get("run_missing"))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.status()).isEqualTo(404));

		assertThat(project.observability().summary().traces()).extracting(TraceRef::traceId).containsExactly(test.traceId());
		assertThat(project.observability().summary().modelDistribution()).containsEntry("mock/balanced", 1L);
		assertThat(project.observability().trace(test.traceId()).modelUsed()).isEqualTo("mock/balanced");
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/traces/" + test.traceId())));
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/observability")));
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/runs/" + runId)));
		assertThat(project.observability().supportBundle(SupportBundleParams.builder().traceId(test.traceId()).limit(5).build())
			.projectId()).isEqualTo("proj_mock");
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/observability/support-bundle?trace_id="
				+ test.traceId() + "&limit=5")));
	}

	@Test
	void channelStatusListsTheFourChannelsAndTheAuditIsEmpty() {
		List<ChannelStatus> channels = admin().project().channelStatus();
		assertThat(channels).extracting(ChannelStatus::channel).containsExactly("in_app", "whatsapp", "telegram", "sms");
		assertThat(channels.get(0).status()).isEqualTo("configured");
		assertThat(channels.get(1).delivery()).isEqualTo("not_configured");

		assertThat(admin().project().toolCallAudit().items()).isEmpty();
		assertThat(admin().project().toolCallAudit().nextCursor()).isNull();
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/audit/tool-calls?limit=50")));
		assertThatThrownBy(() -> admin().project("proj_missing").channelStatus())
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.details().message()).isEqualTo("Project not found."));
	}

	@Test
	void aCorrectionSupersedesTheFactAndTheLineageListsBoth() {
		GeneralAugmentClient client = client();
		String original = client.memory().store(MemoryStoreParams.builder().userId("u1").fact("Likes tea").build()).memoryId();
		assertThat(original).isEqualTo("mem_mock_898e4fb3726ab780");

		MemoryCorrection correction = client.memory().correct(original,
				MemoryCorrectParams.builder().userId("u1").fact("Likes coffee").build());
		assertThat(correction.memoryId()).isEqualTo(original);
		assertThat(correction.correctedMemoryId()).isEqualTo("mem_mock_0e3259c4df9963df");
		assertThat(correction.content()).isEqualTo("Likes coffee");
		assertThat(correction.status()).isEqualTo("corrected");
		assertThat(correction.generalAugmentUserId()).isEqualTo("bee49a75-c5bb-536d-95b3-6b1cc975216d");
		mock.wireMock().verify(postRequestedFor(urlEqualTo("/api/v1/agent/memory/mem_mock_898e4fb3726ab780/correct"))
			.withHeader("Authorization", equalTo("Bearer local-test"))
			.withRequestBody(equalToJson("{\"user_id\":\"u1\",\"fact\":\"Likes coffee\"}")));

		MemoryLineage lineage = client.memory().lineage(original, "u1");
		assertThat(lineage.facts()).extracting(MemoryFact::memoryId)
			.containsExactly("mem_mock_898e4fb3726ab780", "mem_mock_0e3259c4df9963df");
		assertThat(lineage.relatedCount()).isEqualTo(2);
		mock.wireMock().verify(getRequestedFor(urlEqualTo("/api/v1/agent/memory/lineage/mem_mock_898e4fb3726ab780?user_id=u1")));

		assertThatThrownBy(() -> client.memory().correct(original, MemoryCorrectParams.builder().userId("u1").fact("Likes juice").build()))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.reason()).isEqualTo("memory_not_found");
			});
		assertThatThrownBy(() -> client.memory().lineage("mem_missing", "u1"))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.details().message()).isEqualTo("No scoped memory fact found."));
	}

	@Test
	void identityIsVerifiedByCodeOrMagicLinkAndListed() {
		ProjectScope project = admin().project();
		UserLinkParams user = UserLinkParams.builder().phoneE164("+15551230001").providerUserId("app-user-1").build();

		VerificationChallenge challenge = project.identity().sendVerificationCode(user);
		assertThat(challenge.phoneE164()).isEqualTo("+15551230001");
		assertThat(challenge.debugVerificationCode()).matches("\\d{6}");
		assertThat(challenge.toString()).doesNotContain(challenge.debugVerificationCode());
		mock.wireMock().verify(postRequestedFor(urlEqualTo("/api/v1/integrations/proj_mock/verification-code"))
			.withRequestBody(equalToJson("{\"phone_e164\":\"+15551230001\",\"provider_user_id\":\"app-user-1\","
					+ "\"provider_name\":\"app\",\"metadata\":{}}")));
		assertThatThrownBy(() -> project.identity().verify(IdentityVerifyParams.builder().phoneE164("+15551230001").code("000000x").build()))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.status()).isEqualTo(400));
		IdentityLink verified = project.identity().verify(IdentityVerifyParams.builder()
			.phoneE164("+15551230001").code(challenge.debugVerificationCode()).build());
		assertThat(verified.providerUserId()).isEqualTo("app-user-1");

		VerificationChallenge link = project.identity().sendMagicLink(MagicLinkParams.builder()
			.phoneE164("+15551230002").userIdentifier("ana@example.com").channel("sms").build());
		assertThat(link.magicLink()).startsWith("https://");
		assertThatThrownBy(() -> MagicLinkParams.builder().phoneE164("+1555").userIdentifier("a").channel("fax").build())
			.isInstanceOf(IllegalArgumentException.class);

		mock.wireMock().verify(postRequestedFor(urlEqualTo("/api/v1/integrations/proj_mock/magic-link"))
			.withRequestBody(equalToJson("{\"phone_e164\":\"+15551230002\",\"user_identifier\":\"ana@example.com\","
					+ "\"provider_name\":\"app\",\"channel\":\"sms\",\"metadata\":{}}")));
		mock.wireMock().verify(postRequestedFor(urlEqualTo("/api/v1/integrations/proj_mock/verify"))
			.withRequestBody(equalToJson("{\"phone_e164\":\"+15551230001\",\"provider_name\":\"app\",\"code\":\""
					+ challenge.debugVerificationCode() + "\"}")));
		IdentityLink tested = project.identity().testLink(UserLinkParams.builder().phoneE164("+15551230003").providerUserId("app-user-3").build());
		assertThat(tested.verified()).isTrue();
		mock.wireMock().verify(postRequestedFor(urlEqualTo(PROJECT + "/identity-links/test")));
		assertThat(project.identity().links()).extracting(IdentityLink::phoneE164).contains("+15551230001", "+15551230003");
		mock.wireMock().verify(getRequestedFor(urlEqualTo(PROJECT + "/identity-links?limit=100&offset=0")));
	}

}
