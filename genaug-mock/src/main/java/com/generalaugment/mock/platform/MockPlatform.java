package com.generalaugment.mock.platform;

import java.util.List;
import java.util.Set;

import com.generalaugment.mock.platform.admin.ChannelsEndpoint;
import com.generalaugment.mock.platform.admin.IdentityEndpoint;
import com.generalaugment.mock.platform.admin.IdentityLinks;
import com.generalaugment.mock.platform.admin.IdentityVerificationEndpoint;
import com.generalaugment.mock.platform.admin.IssuedKeys;
import com.generalaugment.mock.platform.admin.KeysEndpoint;
import com.generalaugment.mock.platform.admin.ObservabilityEndpoint;
import com.generalaugment.mock.platform.admin.ProjectAgentEndpoint;
import com.generalaugment.mock.platform.admin.ProjectStore;
import com.generalaugment.mock.platform.admin.ProjectsEndpoint;
import com.generalaugment.mock.platform.admin.RunsEndpoint;
import com.generalaugment.mock.platform.admin.RuntimePolicyEndpoint;
import com.generalaugment.mock.platform.admin.SkillsEndpoint;
import com.generalaugment.mock.platform.admin.UsageEndpoint;
import com.generalaugment.mock.platform.jobs.JobsEndpoint;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.memory.MemoryEndpoint;
import com.generalaugment.mock.platform.responses.ResponsesEndpoint;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated General Augment platform: every route of contract §2 with the deterministic behaviour of
 * §7, the admin and operations routes of the platform's own mock (key identity and API keys, tools,
 * runtime policy, SOUL, skills, logs, observability, channel status, tool-call audit, memory lineage and
 * correction), and a few behaviours of our own that the platform's mock lacks (agent runs, traces, the
 * support bundle, memory recall in replies, phone verification), each listed in {@code MOCK-BEHAVIOURS.md}.
 * In-memory state, credential checks and failure scenarios. It knows nothing of HTTP servers: it turns a
 * {@link MockRequest} into a {@link MockReply}. Thread-safe.
 *
 * <p>Order of checks for each request: route (404 {@code not_found}), credentials (401), scenario headers
 * (400 on bad values, then the scenario's failure), JSON body (400 {@code invalid_json}), operation.
 */
public final class MockPlatform {

	private static final String ADMIN = "/api/v1/admin";

	private static final String PROJECT = ADMIN + "/projects/{project}";

	private static final String JOB = PROJECT + "/scheduled-jobs/{job}";

	private static final String INTEGRATION = "/api/v1/integrations/{integration}";

	private static final String MEMORY = "/api/v1/agent/memory";

	private static final String KEY = ADMIN + "/keys/{key}";

	private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

	private final Credentials credentials;

	private final MockClock clock = new MockClock();

	private final UsageLedger usage = new UsageLedger();

	private final ProjectStore projects = new ProjectStore();

	private final IssuedKeys keys = new IssuedKeys();

	private final ProjectLog log = new ProjectLog();

	private final MemoryEndpoint memory = new MemoryEndpoint();

	private final ResponsesEndpoint responses = new ResponsesEndpoint(usage, memory, log);

	private final IdentityLinks links = new IdentityLinks();

	private final RunsEndpoint runs = new RunsEndpoint(projects);

	private final JobsEndpoint jobs = new JobsEndpoint(projects, usage, clock);

	private final Router router;

	/**
	 * Creates the platform with its seeded project.
	 *
	 * @param apiKeys the project keys accepted as {@code Authorization: Bearer}; empty accepts any non-blank key
	 *        (keys issued through {@code POST /api/v1/admin/keys} pass too, by their scopes)
	 * @param adminKeys the admin keys accepted as {@code X-Admin-Key}; empty accepts any non-blank key
	 */
	public MockPlatform(Set<String> apiKeys, Set<String> adminKeys) {
		this.credentials = new Credentials(apiKeys, adminKeys, keys);
		this.router = routes();
	}

	private Router routes() {
		ProjectsEndpoint projectRoutes = new ProjectsEndpoint(projects, clock, keys);
		ProjectAgentEndpoint agent = new ProjectAgentEndpoint(projects, usage, clock, log, runs);
		UsageEndpoint usageRoute = new UsageEndpoint(projects, usage);
		KeysEndpoint keyRoutes = new KeysEndpoint(keys, projects);
		RuntimePolicyEndpoint policy = new RuntimePolicyEndpoint(projects);
		SkillsEndpoint skills = new SkillsEndpoint(projects);
		ObservabilityEndpoint observability = new ObservabilityEndpoint(projects, log, runs);
		ChannelsEndpoint channels = new ChannelsEndpoint(projects);
		IdentityEndpoint identity = new IdentityEndpoint(links, clock);
		IdentityVerificationEndpoint verification = new IdentityVerificationEndpoint(projects, links, clock);
		Router routes = new Router();
		for (String health : List.of("/health/ready", "/health/live", "/v1/health")) {
			routes.add("GET", health, Access.PUBLIC, call -> health());
		}
		return routes
			.add("POST", "/__genaug/reset", Access.MOCK_ADMIN, call -> {
				reset();
				return JsonReply.ok(Json.object().put("status", "reset"));
			})
			.add("GET", "/__genaug/turns", Access.MOCK_ADMIN, call -> turnsReply())
			.add("POST", "/v1/responses", Access.PROJECT_KEY, responses::create)
			.add("POST", MEMORY + "/store", Access.PROJECT_KEY, memory::store)
			.add("POST", MEMORY + "/search", Access.PROJECT_KEY, memory::search)
			.add("GET", MEMORY + "/profile/{user}", Access.PROJECT_KEY, memory::profile)
			// Before the catch-all {memory} route, so a lineage or correction is never read as a memory id.
			.add("GET", MEMORY + "/lineage/{memory}", Access.PROJECT_KEY, memory::lineage)
			.add("POST", MEMORY + "/{memory}/correct", Access.PROJECT_KEY, memory::correct)
			.add("DELETE", MEMORY + "/user/{user}", Access.PROJECT_KEY, memory::purge)
			.add("DELETE", MEMORY + "/{memory}", Access.PROJECT_KEY, memory::delete)
			.add("GET", ADMIN + "/me", Access.ADMIN_KEY, keyRoutes::me)
			.add("POST", ADMIN + "/keys", Access.ADMIN_KEY, keyRoutes::create)
			.add("GET", ADMIN + "/keys", Access.ADMIN_KEY, keyRoutes::list)
			.add("PATCH", KEY, Access.ADMIN_KEY, keyRoutes::update)
			.add("DELETE", KEY, Access.ADMIN_KEY, keyRoutes::revoke)
			.add("GET", ADMIN + "/tools", Access.ADMIN_KEY, policy::tools)
			.add("GET", ADMIN + "/projects", Access.ADMIN_KEY, projectRoutes::list)
			.add("POST", ADMIN + "/projects/from-config", Access.ADMIN_KEY, projectRoutes::createFromConfig)
			.add("GET", PROJECT, Access.ADMIN_KEY, projectRoutes::get)
			.add("PATCH", PROJECT, Access.ADMIN_KEY, projectRoutes::update)
			.add("PUT", PROJECT + "/config", Access.ADMIN_KEY, projectRoutes::deployConfig)
			.add("GET", PROJECT + "/integration-prompt", Access.ADMIN_KEY, projectRoutes::integrationPrompt)
			.add("GET", PROJECT + "/usage", Access.ADMIN_KEY, usageRoute::usage)
			.add("POST", PROJECT + "/test", Access.ADMIN_KEY, agent::test)
			.add("POST", PROJECT + "/tools/from-openapi", Access.ADMIN_KEY, agent::registerOpenApiTools)
			.add("GET", PROJECT + "/runtime-policy", Access.ADMIN_KEY, policy::runtimePolicy)
			.add("GET", PROJECT + "/soul", Access.ADMIN_KEY, policy::soul)
			.add("GET", PROJECT + "/skills", Access.ADMIN_KEY, skills::list)
			.add("POST", PROJECT + "/skills", Access.ADMIN_KEY, skills::write)
			.add("GET", PROJECT + "/skills/{name}", Access.ADMIN_KEY, skills::get)
			.add("PUT", PROJECT + "/skills/{name}", Access.ADMIN_KEY, skills::write)
			.add("DELETE", PROJECT + "/skills/{name}", Access.ADMIN_KEY, skills::delete)
			.add("GET", PROJECT + "/logs", Access.ADMIN_KEY, observability::logs)
			.add("GET", PROJECT + "/observability", Access.ADMIN_KEY, observability::observability)
			.add("GET", PROJECT + "/observability/support-bundle", Access.ADMIN_KEY, observability::supportBundle)
			.add("GET", PROJECT + "/traces/{trace}", Access.ADMIN_KEY, observability::trace)
			.add("GET", PROJECT + "/runs", Access.ADMIN_KEY, runs::list)
			.add("GET", PROJECT + "/runs/{run}", Access.ADMIN_KEY, runs::get)
			.add("GET", PROJECT + "/channels/status", Access.ADMIN_KEY, channels::status)
			.add("GET", PROJECT + "/audit/tool-calls", Access.ADMIN_KEY, channels::toolCalls)
			.add("GET", PROJECT + "/identity-links", Access.ADMIN_KEY, verification::list)
			.add("POST", PROJECT + "/identity-links/test", Access.ADMIN_KEY, verification::testLink)
			.add("POST", PROJECT + "/scheduled-jobs", Access.ADMIN_KEY, jobs::create)
			.add("GET", PROJECT + "/scheduled-jobs", Access.ADMIN_KEY, jobs::list)
			.add("GET", JOB, Access.ADMIN_KEY, jobs::get)
			.add("DELETE", JOB, Access.ADMIN_KEY, jobs::delete)
			.add("GET", JOB + "/runs", Access.ADMIN_KEY, jobs::runs)
			.add("POST", JOB + "/dispatch", Access.ADMIN_KEY, jobs::dispatch)
			.add("POST", JOB + "/pause", Access.ADMIN_KEY, jobs::pause)
			.add("POST", JOB + "/resume", Access.ADMIN_KEY, jobs::resume)
			.add("POST", INTEGRATION + "/link-user", Access.ADMIN_KEY, identity::link)
			.add("GET", INTEGRATION + "/resolve/{phone}", Access.ADMIN_KEY, identity::resolve)
			.add("DELETE", INTEGRATION + "/unlink/{phone}", Access.ADMIN_KEY, identity::unlink)
			.add("POST", INTEGRATION + "/verification-code", Access.ADMIN_KEY, verification::verificationCode)
			.add("POST", INTEGRATION + "/magic-link", Access.ADMIN_KEY, verification::magicLink)
			.add("POST", INTEGRATION + "/verify", Access.ADMIN_KEY, verification::verify);
	}

	/**
	 * Answers one request.
	 *
	 * @param request the request
	 * @return the reply; errors are replies too
	 */
	public MockReply handle(MockRequest request) {
		try {
			Router.Match match = router.match(request)
				.orElseThrow(() -> ApiError.notFound("No mock route matched."));
			Access access = match.route().access();
			credentials.check(access, request);
			Delivery delivery = access == Access.MOCK_ADMIN ? Delivery.NORMAL : Delivery.of(request);
			MockReply failure = Faults.immediate(delivery).orElse(null);
			if (failure != null) {
				return failure;
			}
			ObjectNode body = METHODS_WITH_BODY.contains(request.method()) ? jsonObject(request.body()) : Json.object();
			MockReply reply = match.route().handler().handle(new Call(request, match.params(), body, delivery));
			return Faults.delayed(reply, delivery);
		}
		catch (ApiError error) {
			return error.toReply();
		}
	}

	/**
	 * The {@code /v1/responses} turns served since the last reset.
	 *
	 * @return the turns, oldest first
	 */
	public List<RecordedTurn> turns() {
		return responses.turns();
	}

	/**
	 * Back to the initial state: the seeded project only (no skills, empty SOUL), no turns, facts, links,
	 * challenges, jobs, keys, log rows, traces or runs.
	 */
	public void reset() {
		responses.reset();
		memory.reset();
		links.reset();
		jobs.reset();
		keys.reset();
		log.reset();
		runs.reset();
		projects.reset();
		usage.reset();
		clock.reset();
	}

	/** Contract §7: a missing body counts as {@code {}}; anything else must be a JSON object. */
	private static ObjectNode jsonObject(byte[] body) {
		if (body.length == 0) {
			return Json.object();
		}
		JsonNode parsed;
		try {
			parsed = Json.parse(body);
		}
		catch (JacksonException ex) {
			throw ApiError.of(400, "invalid_json", "Body must be JSON.");
		}
		if (parsed.isMissingNode()) {
			throw ApiError.of(400, "invalid_json", "Body must be JSON.");
		}
		if (!parsed.isObject()) {
			throw ApiError.of(400, "invalid_json", "Body must be an object.");
		}
		return (ObjectNode) parsed;
	}

	private static MockReply health() {
		ObjectNode body = Json.object();
		body.put("status", "ok");
		body.put("db", "connected (local mock)");
		body.put("redis", "connected (local mock)");
		body.put("version", MockBuild.version());
		body.put("build", MockBuild.build());
		// The platform's CLI reads build_sha; the same value lets a client test that it parses it.
		body.put("build_sha", MockBuild.build());
		return JsonReply.ok(body);
	}

	private MockReply turnsReply() {
		ObjectNode body = Json.object();
		var items = body.putArray("items");
		responses.turns().forEach(turn -> items.add(turn.toJson()));
		return JsonReply.ok(body);
	}

}
