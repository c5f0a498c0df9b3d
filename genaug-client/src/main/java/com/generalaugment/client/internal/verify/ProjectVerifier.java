package com.generalaugment.client.internal.verify;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.admin.AgentRun;
import com.generalaugment.client.admin.AgentTestParams;
import com.generalaugment.client.admin.AgentTestResult;
import com.generalaugment.client.admin.ApiHealth;
import com.generalaugment.client.admin.KeyIdentity;
import com.generalaugment.client.admin.Project;
import com.generalaugment.client.admin.ProjectListParams;
import com.generalaugment.client.admin.ProjectScope;
import com.generalaugment.client.admin.ProjectUsage;
import com.generalaugment.client.admin.RuntimePolicy;
import com.generalaugment.client.admin.SkillSummary;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.error.RateLimit;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.internal.json.JsonValues;
import com.generalaugment.client.memory.MemoryDeleteParams;
import com.generalaugment.client.memory.MemoryFact;
import com.generalaugment.client.memory.MemorySearchParams;
import com.generalaugment.client.memory.MemoryService;
import com.generalaugment.client.memory.MemoryStoreParams;
import com.generalaugment.client.memory.MemoryStoreResult;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.verify.CheckStatus;
import com.generalaugment.client.verify.VerificationReport;
import com.generalaugment.client.verify.VerifyParams;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One verify run: the platform CLI's checks in its order, with its names and PASS / FAIL / SKIP rules,
 * through the SDK's public calls. As in the CLI, a failed call aborts the run (no report) except in the
 * two checks that inspect what an earlier call produced (the run timeline and the memory recall); a reply
 * of the wrong shape fails its check instead. One instance per run: not thread-safe.
 */
public final class ProjectVerifier {

	/** The {@code source} of everything the run writes, so a team can tell it from real traffic. */
	static final String SOURCE = "genaug-java-verify";

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final int PROJECT_PAGE = 1000;

	// The platform has no project lists this long; the bound keeps a platform that ignores offset from
	// paging forever.
	private static final int MAX_PROJECT_PAGES = 100;

	private static final String SEARCH_QUERY = "concise onboarding notes";

	private static final List<String> POLICY_SECTIONS = List.of("project_id", "model_routing", "tool_discovery",
			"hermes_exposure", "platform_tools", "mcp", "skills");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AdminClient admin;

	private final VerifyParams params;

	private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

	/**
	 * @param admin the admin client the run calls through
	 * @param params the project client and the synthetic user, phone and channel
	 */
	public ProjectVerifier(AdminClient admin, VerifyParams params) {
		this.admin = admin;
		this.params = params;
	}

	/**
	 * Run the checks.
	 * @param projectRef the project's id, slug or name
	 * @return the report
	 * @throws GeneralAugmentException when a call outside the tolerant checks fails, or no project matches
	 */
	public VerificationReport run(String projectRef) {
		ApiHealth health = this.admin.health();
		record("api_ready", health.ready() ? pass("status " + health.status()) : fail("status " + health.status()));
		Project project = resolve(projectRef);
		String projectId = project.id();
		if (projectId == null) {
			throw notFound("The project found for '" + projectRef + "' has no id");
		}
		record("project_resolved", pass(projectId + describe(project)));
		KeyIdentity me = this.admin.me();
		ProjectScope scope = this.admin.project(projectId);
		String vid = (this.params.verificationId() != null) ? this.params.verificationId()
				: HexFormat.of().formatHex(RANDOM.generateSeed(6));

		check("project_api_key", false, () -> {
			long keys = this.admin.keys().list().stream().filter((key) -> projectId.equals(key.projectId())).count();
			return (keys > 0) ? pass(keys + " key(s) for the project") : fail("no API key belongs to the project");
		});
		checkProjectKeyExecution(projectId);
		check("tool_registry", false, () -> pass(this.admin.tools().list().size() + " tool(s) registered"));
		RuntimePolicy[] policy = new RuntimePolicy[1];
		check("runtime_policy_model_routing", false, () -> {
			policy[0] = scope.runtimePolicy();
			return routing(policy[0]);
		});
		check("soul_visible", false, () -> scope.soul().content().isBlank() ? fail("the project has no SOUL")
				: pass("SOUL of " + scope.soul().content().length() + " characters"));
		check("skills_visible", false, () -> skills(scope.skills().list(), policy[0]));
		AgentTestResult[] test = new AgentTestResult[1];
		check("agent_test", false, () -> {
			test[0] = scope.agent().test(AgentTestParams.builder()
				.message(this.params.message())
				.phoneE164(this.params.phoneE164())
				.channel(this.params.channel())
				.build());
			return agentTest(test[0]);
		});
		check("run_timeline_inspect", true, () -> runTimeline(scope, test[0]));
		check("logs", false, () -> pass(scope.logs(5, RequestOptions.none()).size() + " recent message(s)"));
		ProjectUsage[] usage = new ProjectUsage[1];
		check("usage", false, () -> {
			usage[0] = scope.usage();
			return objectOrAbsent(usage[0].raw().get("totals"), "totals");
		});
		check("usage_limits", false, () -> {
			JsonNode limits = (usage[0] != null) ? usage[0].raw().get("limits") : null;
			return (limits != null && limits.isObject()) ? pass("limits reported") : fail("the usage reply has no limits object");
		});
		check("observability", false, () -> {
			JsonNode traces = scope.observability().summary(5, RequestOptions.none()).raw().get("traces");
			return (traces != null && traces.isArray()) ? pass(traces.size() + " recent trace(s)")
					: fail("the observability reply has no traces list");
		});
		check("channel_status", false, () -> pass(scope.channelStatus().size() + " channel(s)"));
		checkMemory(projectId, vid);
		check("tool_call_audit", false, () -> {
			JsonNode items = scope.toolCallAudit(5, RequestOptions.none()).raw().get("items");
			return (items != null && items.isArray()) ? pass(items.size() + " audited call(s)")
					: fail("the audit reply has no items list");
		});
		return report(health, me, project, projectId, policy[0]);
	}

	private void checkProjectKeyExecution(String projectId) {
		GeneralAugmentClient client = this.params.projectClient();
		if (client == null) {
			record("project_key_execution", skip("needs the project key: pass VerifyParams.projectClient(...)"));
			return;
		}
		check("project_key_execution", false, () -> {
			Response response = client.responses().create(ResponseCreateParams.builder()
				.model("balanced")
				.user(this.params.user())
				.input("General Augment verify: reply with a short greeting.")
				.metadata(Map.of("source", SOURCE, "feature", "verify", "project_id", projectId))
				.build());
			String status = (response.status() != null) ? response.status() : "";
			boolean completed = status.isEmpty() || status.equals("completed") || status.equals("complete");
			return (response.id() != null && completed) ? pass("response " + response.id() + " " + status)
					: fail("response " + response.id() + " ended " + status);
		});
	}

	private void checkMemory(String projectId, String vid) {
		GeneralAugmentClient client = this.params.projectClient();
		List<String> memoryChecks = List.of("memory_store", "memory_search", "memory_profile", "memory_response_recall",
				"memory_delete");
		if (client == null) {
			memoryChecks.forEach((name) -> record(name, skip("needs the project key: pass VerifyParams.projectClient(...)")));
			return;
		}
		RequestOptions scoped = RequestOptions.builder().header("X-Project-ID", projectId).build();
		MemoryService memory = client.memory().withOptions(scoped);
		String user = this.params.user();
		String marker = "genaug-memory-verify-" + vid;
		String[] memoryId = new String[1];
		check("memory_store", false, () -> {
			MemoryStoreResult stored = memory.store(MemoryStoreParams.builder()
				.userId(user)
				.fact("Verification code " + marker + ": the user prefers concise onboarding notes.")
				.factType("preference")
				.importanceScore(0.8)
				.source(SOURCE)
				.metadata(Map.of("scenario", "genaug-verify", "verification_id", vid))
				.idempotencyKey("genaug-verify-" + projectId + "-" + user + "-" + vid)
				.build());
			memoryId[0] = stored.memoryId();
			return (memoryId[0] != null) ? pass("stored " + memoryId[0]) : fail("the store reply has no memory_id");
		});
		boolean stored = memoryId[0] != null;
		check("memory_search", false, () -> {
			if (!stored) {
				return fail("nothing was stored to search for");
			}
			List<MemoryFact> hits = memory.search(MemorySearchParams.builder()
				.userId(user)
				.query(SEARCH_QUERY)
				.limit(5)
				.minSimilarity(0.0)
				.factType("preference")
				.minImportance(0.5)
				.source(SOURCE)
				.build()).facts();
			return hits.stream().anyMatch((hit) -> memoryId[0].equals(hit.memoryId())) ? pass("found " + memoryId[0])
					: fail("no hit among " + hits.size() + " has the stored id");
		});
		check("memory_profile", false, () -> {
			JsonNode total = memory.profile(user).raw().get("total_facts");
			return (total != null && total.isIntegralNumber()) ? pass(total.asLong() + " fact(s)")
					: fail("the profile has no integer total_facts");
		});
		if (!stored) {
			record("memory_response_recall", skip("memory_store failed"));
		}
		else {
			check("memory_response_recall", true, () -> {
				Response response = client.responses().withOptions(scoped).create(ResponseCreateParams.builder()
					.model("balanced")
					.user(user)
					.input("Recall the verification code in my stored memory and reply with that code only.")
					.metadata(Map.of("source", SOURCE, "feature", "memory_recall"))
					.build());
				return response.outputText().toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT))
						? pass("the reply recalls " + marker) : fail("the reply does not contain " + marker);
			});
		}
		check("memory_delete", false, () -> {
			if (!stored) {
				return fail("memory_store failed");
			}
			long deleted = memory.delete(MemoryDeleteParams.builder().memoryId(memoryId[0]).userId(user).build())
				.deletedCount();
			return (deleted >= 1) ? pass("deleted " + memoryId[0]) : fail("nothing was deleted");
		});
	}

	private Project resolve(String ref) {
		if (UUID.matcher(ref).matches()) {
			try {
				return this.admin.projects().get(ref);
			}
			catch (ApiErrorException ex) {
				if (ex.status() != 404) {
					throw ex;
				}
			}
		}
		for (int page = 0; page < MAX_PROJECT_PAGES; page++) {
			List<Project> projects = this.admin.projects()
				.list(ProjectListParams.builder().limit(PROJECT_PAGE).offset(page * PROJECT_PAGE).build());
			for (Project project : projects) {
				if (ref.equals(project.id()) || ref.equals(project.slug()) || ref.equals(project.name())) {
					return project;
				}
			}
			if (projects.size() < PROJECT_PAGE) {
				break;
			}
		}
		throw notFound("No project has the id, slug or name '" + ref + "'");
	}

	private static Outcome routing(RuntimePolicy policy) {
		List<String> problems = new ArrayList<>();
		if (!"tiered_complexity".equals(policy.routingMode())) {
			problems.add("mode " + policy.routingMode());
		}
		if (!"balanced".equals(policy.defaultTier())) {
			problems.add("default tier " + policy.defaultTier());
		}
		if (!policy.channelParity()) {
			problems.add("no channel parity");
		}
		for (String tier : List.of("simple", "balanced", "complex")) {
			String model = policy.tiers().get(tier);
			if (model == null || model.isBlank()) {
				problems.add("tier " + tier + " unset");
			}
		}
		return problems.isEmpty() ? pass("tiered_complexity, default balanced, " + policy.tiers())
				: fail(String.join("; ", problems));
	}

	private static Outcome skills(List<SkillSummary> listed, @Nullable RuntimePolicy policy) {
		List<String> names = listed.stream().map(SkillSummary::name).toList();
		List<String> missing = (policy != null)
				? policy.skillNames().stream().filter((name) -> !names.contains(name)).toList() : List.of();
		return missing.isEmpty() ? pass(names.size() + " skill(s)") : fail("the policy's skills " + missing + " are not listed");
	}

	private static Outcome agentTest(AgentTestResult result) {
		if (result.error() != null) {
			return fail("the test call failed: " + result.error());
		}
		String text = result.responseText();
		if (text == null || text.isBlank()) {
			text = JsonValues.string(result.raw(), "response");
		}
		return (text != null && !text.isBlank()) ? pass("replied with " + text.length() + " characters")
				: fail("the test call returned no text");
	}

	private static Outcome runTimeline(ProjectScope scope, @Nullable AgentTestResult test) {
		Object runId = (test != null) ? test.metadata().get("agent_run_id") : null;
		if (!(runId instanceof String id) || id.isBlank()) {
			return fail("the hosted test call returned no agent_run_id");
		}
		AgentRun run = scope.runs().get(id);
		if (run.id() == null) {
			return fail("run " + id + " has no id");
		}
		int events = run.runEvents().size();
		return (events > 0) ? pass("run " + run.id() + " with " + events + " event(s)") : fail("run " + run.id() + " has no events");
	}

	private static Outcome objectOrAbsent(@Nullable JsonNode value, String field) {
		return (value == null || value.isNull() || value.isObject()) ? pass(field + " reported")
				: fail("the reply's " + field + " is not an object");
	}

	private void check(String name, boolean tolerant, CheckBody body) {
		try {
			record(name, body.run());
		}
		catch (MalformedResponseException ex) {
			record(name, fail(ex.details().message()));
		}
		catch (GeneralAugmentException ex) {
			if (!tolerant) {
				throw ex;
			}
			record(name, fail(ex.reason() + ": " + ex.details().message()));
		}
	}

	private void record(String name, Outcome outcome) {
		this.outcomes.put(name, outcome);
	}

	private VerificationReport report(ApiHealth health, KeyIdentity me, Project project, String projectId,
			@Nullable RuntimePolicy policy) {
		ObjectNode report = JsonValues.DEFAULT_MAPPER.createObjectNode();
		report.putObject("sdk").put("name", "genaug-java").put("version", GeneralAugment.VERSION);
		ObjectNode api = report.putObject("api");
		for (String field : List.of("version", "build_sha", "status")) {
			String value = JsonValues.scalarText(health.raw(), field);
			if (value != null) {
				api.put(field, value);
			}
		}
		ObjectNode auth = report.putObject("auth");
		auth.put("auth_method", me.authMethod());
		auth.put("project_id", me.projectId());
		auth.put("project_ids", String.join(",", me.projectIds()));
		report.putObject("project").put("id", projectId).put("slug", project.slug()).put("name", project.name());
		boolean failed = this.outcomes.values().stream().anyMatch((outcome) -> outcome.status() == CheckStatus.FAIL);
		report.put("verdict", failed ? "FAIL" : "PASS");
		ArrayNode checks = report.putArray("checks");
		this.outcomes.forEach((name, outcome) -> checks.addObject()
			.put("name", name)
			.put("status", outcome.status().name())
			.put("detail", outcome.detail()));
		report.set("readiness_checklist", new ReadinessChecklist(this.outcomes, project, policy).toJson());
		ObjectNode runtime = report.putObject("runtime_policy");
		if (policy != null) {
			POLICY_SECTIONS.forEach((section) -> {
				JsonNode value = policy.raw().get(section);
				if (value != null && !value.isNull()) {
					runtime.set(section, value);
				}
			});
		}
		report.set("dashboard", dashboard(projectId));
		return new VerificationReport(report);
	}

	private ObjectNode dashboard(String projectId) {
		String base = (this.params.dashboardBaseUrl() != null) ? this.params.dashboardBaseUrl() : this.admin.baseUrl();
		base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		String projectPage = base + "/dashboard/projects/" + projectId;
		ObjectNode dashboard = JsonValues.DEFAULT_MAPPER.createObjectNode();
		dashboard.put("project", projectPage);
		dashboard.put("integrate", projectPage + "/integrate");
		dashboard.put("tools", projectPage + "/tools");
		dashboard.put("analytics", projectPage + "/analytics");
		dashboard.put("observability", base + "/dashboard/observability?project_id=" + projectId);
		return dashboard;
	}

	private static String describe(Project project) {
		return " (slug " + project.slug() + ", name " + project.name() + ")";
	}

	private static ApiErrorException notFound(String message) {
		return new ApiErrorException(new ErrorDetails(404, Reasons.NOT_FOUND, null, message, null, null, null,
				RateLimit.NONE, null, null), null);
	}

	static Outcome pass(String detail) {
		return new Outcome(CheckStatus.PASS, detail);
	}

	static Outcome fail(String detail) {
		return new Outcome(CheckStatus.FAIL, detail);
	}

	static Outcome skip(String detail) {
		return new Outcome(CheckStatus.SKIP, detail);
	}

	/** A check's result before it is named in the report. */
	record Outcome(CheckStatus status, String detail) {
	}

	@FunctionalInterface
	private interface CheckBody {

		Outcome run();

	}

}
