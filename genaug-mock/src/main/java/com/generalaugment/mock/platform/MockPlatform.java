package com.generalaugment.mock.platform;

import java.util.List;
import java.util.Set;

import com.generalaugment.mock.platform.admin.IdentityEndpoint;
import com.generalaugment.mock.platform.admin.ProjectAgentEndpoint;
import com.generalaugment.mock.platform.admin.ProjectStore;
import com.generalaugment.mock.platform.admin.ProjectsEndpoint;
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
 * §7, in-memory state, credential checks and failure scenarios. It knows nothing of HTTP servers: it
 * turns a {@link MockRequest} into a {@link MockReply}. Thread-safe.
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

	private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

	private final Credentials credentials;

	private final MockClock clock = new MockClock();

	private final UsageLedger usage = new UsageLedger();

	private final ProjectStore projects = new ProjectStore();

	private final ResponsesEndpoint responses = new ResponsesEndpoint(usage);

	private final MemoryEndpoint memory = new MemoryEndpoint();

	private final IdentityEndpoint identity = new IdentityEndpoint(clock);

	private final JobsEndpoint jobs = new JobsEndpoint(projects, usage, clock);

	private final Router router;

	/**
	 * Creates the platform with its seeded project.
	 *
	 * @param apiKeys the project keys accepted as {@code Authorization: Bearer}; empty accepts any non-blank key
	 * @param adminKeys the admin keys accepted as {@code X-Admin-Key}; empty accepts any non-blank key
	 */
	public MockPlatform(Set<String> apiKeys, Set<String> adminKeys) {
		this.credentials = new Credentials(apiKeys, adminKeys);
		this.router = routes();
	}

	private Router routes() {
		ProjectsEndpoint projectRoutes = new ProjectsEndpoint(projects, clock);
		ProjectAgentEndpoint agent = new ProjectAgentEndpoint(projects, usage, clock);
		UsageEndpoint usageRoute = new UsageEndpoint(projects, usage);
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
			.add("DELETE", MEMORY + "/user/{user}", Access.PROJECT_KEY, memory::purge)
			.add("DELETE", MEMORY + "/{memory}", Access.PROJECT_KEY, memory::delete)
			.add("GET", ADMIN + "/projects", Access.ADMIN_KEY, projectRoutes::list)
			.add("POST", ADMIN + "/projects/from-config", Access.ADMIN_KEY, projectRoutes::createFromConfig)
			.add("GET", PROJECT, Access.ADMIN_KEY, projectRoutes::get)
			.add("PATCH", PROJECT, Access.ADMIN_KEY, projectRoutes::update)
			.add("PUT", PROJECT + "/config", Access.ADMIN_KEY, projectRoutes::deployConfig)
			.add("GET", PROJECT + "/integration-prompt", Access.ADMIN_KEY, projectRoutes::integrationPrompt)
			.add("GET", PROJECT + "/usage", Access.ADMIN_KEY, usageRoute::usage)
			.add("POST", PROJECT + "/test", Access.ADMIN_KEY, agent::test)
			.add("POST", PROJECT + "/tools/from-openapi", Access.ADMIN_KEY, agent::registerOpenApiTools)
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
			.add("DELETE", INTEGRATION + "/unlink/{phone}", Access.ADMIN_KEY, identity::unlink);
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

	/** Back to the initial state: the seeded project only, no turns, facts, links or jobs. */
	public void reset() {
		responses.reset();
		memory.reset();
		identity.reset();
		jobs.reset();
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
		return JsonReply.ok(body);
	}

	private MockReply turnsReply() {
		ObjectNode body = Json.object();
		var items = body.putArray("items");
		responses.turns().forEach(turn -> items.add(turn.toJson()));
		return JsonReply.ok(body);
	}

}
