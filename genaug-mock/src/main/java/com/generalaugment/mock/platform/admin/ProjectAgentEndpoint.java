package com.generalaugment.mock.platform.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.ProjectLog;
import com.generalaugment.mock.platform.UsageLedger;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyText;
import com.generalaugment.mock.platform.json.PyValues;
import com.generalaugment.mock.platform.responses.MockText;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an admin does with a project's agent: hosted test calls ({@code /test}) and OpenAPI tool
 * registration ({@code /tools/from-openapi}).
 *
 * <p>A test turn is logged (a user row and an assistant row), traced, and, beyond the platform's mock,
 * kept as an agent run whose id {@code run_mock_<16 hex of the trace id>} the reply's metadata carries as
 * {@code agent_run_id}, so a client can follow a test turn to its run timeline.
 */
public final class ProjectAgentEndpoint {

	private static final int GENERIC_TOOL_COUNT = 3;

	private final ProjectStore projects;

	private final UsageLedger usage;

	private final MockClock clock;

	private final ProjectLog log;

	private final RunsEndpoint runs;

	/**
	 * @param projects the project store
	 * @param usage the ledger that counts hosted test turns
	 * @param clock the logical clock
	 * @param log the log that records each test turn
	 * @param runs the runs, one per test turn
	 */
	public ProjectAgentEndpoint(ProjectStore projects, UsageLedger usage, MockClock clock, ProjectLog log,
			RunsEndpoint runs) {
		this.projects = projects;
		this.usage = usage;
		this.clock = clock;
		this.log = log;
		this.runs = runs;
	}

	/**
	 * {@code POST /projects/{project}/test}: one deterministic agent turn, answered like
	 * {@code /v1/responses} answers text (as user {@code mock-admin-user}), counted in usage.
	 *
	 * @param call the call
	 * @return the hosted test result
	 */
	public MockReply test(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		ObjectNode body = call.body();
		String message = requiredString(body, "message");
		ObjectNode traceInput = Json.object();
		traceInput.put("project_id", projectId);
		traceInput.put("message", message);
		String digest = Digests.sha256Hex(traceInput).substring(0, 16);
		String output = MockText.reply(message, "mock-admin-user");
		String traceId = "trace_mock_" + digest;
		String responseId = "resp_mock_" + digest;
		String runId = "run_mock_" + digest;
		usage.recordTurn(projectId);
		log.record(projectId, new ProjectLog.Turn(traceId, responseId, message, output, ProjectLog.LOG_MODEL,
				Math.max(1, PyText.split(message).size()), Math.max(1, PyText.split(output).size())));
		runs.record(new AgentRun(runId, projectId, responseId, traceId));

		ObjectNode reply = Json.object();
		reply.put("response", output);
		reply.put("response_text", output);
		reply.set("warnings", Json.array());
		ObjectNode metadata = reply.putObject("metadata");
		metadata.put("trace_id", traceId);
		metadata.put("response_id", responseId);
		metadata.put("agent_run_id", runId);
		metadata.put("channel", PyValues.strOr(body.get("channel"), "whatsapp"));
		metadata.put("phone_e164", PyValues.strOr(body.get("phone_e164"), "+15550000000"));
		metadata.set("agent_id", body.get("agent_id"));
		reply.putNull("error");
		reply.put("model_used", "mock/balanced");
		reply.put("cost_usd", 0.0);
		return JsonReply.ok(reply);
	}

	/**
	 * {@code POST /projects/{project}/tools/from-openapi}: one tool per included path (minus excluded
	 * ones), or three generic operations when no path is named, at most {@code target_count}; with
	 * {@code auto_deploy} (the default) they join the project's {@code enabled_tool_ids}.
	 *
	 * @param call the call
	 * @return the registration result
	 */
	public MockReply registerOpenApiTools(Call call) {
		String projectId = call.param("project");
		ObjectNode body = call.body();
		String specUrl = requiredString(body, "spec_url");
		projects.view(projectId);
		int targetCount = PyValues.positiveInt(body.get("target_count"), 15);
		boolean autoDeploy = !body.has("auto_deploy") || PyValues.truthy(body.get("auto_deploy"));
		String prefix = PyValues.strOr(body.get("name_prefix"), "api");
		Set<String> excluded = new HashSet<>();
		body.path("exclude_paths").forEach(path -> excluded.add(PyValues.str(path)));
		List<String> paths = new ArrayList<>();
		body.path("include_paths").forEach(path -> {
			if (!excluded.contains(PyValues.str(path))) {
				paths.add(PyValues.str(path));
			}
		});
		if (body.path("include_paths").isEmpty()) {
			for (int i = 1; i <= GENERIC_TOOL_COUNT; i++) {
				paths.add("/operation-" + i);
			}
		}

		ArrayNode tools = Json.array();
		List<String> toolIds = new ArrayList<>();
		for (String path : paths.subList(0, Math.min(paths.size(), targetCount))) {
			String id = prefix + "_" + slug(path);
			toolIds.add(id);
			ObjectNode tool = tools.addObject();
			tool.put("id", id);
			tool.put("name", id);
			tool.put("method", "GET");
			tool.put("path", path);
			tool.put("risk_level", "low");
		}
		ObjectNode project = autoDeploy ? projects.update(projectId, stored -> {
			TreeSet<String> enabled = new TreeSet<>(toolIds);
			stored.path("enabled_tool_ids").forEach(id -> enabled.add(id.stringValue()));
			ArrayNode ids = Json.array();
			enabled.forEach(ids::add);
			stored.set("enabled_tool_ids", ids);
			stored.put("updated_at", clock.tick().toString());
		}) : projects.view(projectId);

		ObjectNode reply = Json.object();
		reply.put("spec_url", specUrl);
		reply.put("generated_count", tools.size());
		reply.put("curated_count", tools.size());
		reply.set("enabled_tool_ids", project.get("enabled_tool_ids"));
		reply.put("auto_deployed", autoDeploy);
		reply.putObject("mcp_server").put("name", project.get("slug").stringValue() + "-api");
		reply.set("tools", tools);
		return JsonReply.ok(reply);
	}

	private static String requiredString(ObjectNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || !value.isString() || value.stringValue().isBlank()) {
			throw ApiError.invalidRequest(field + " is required.");
		}
		return value.stringValue();
	}

	private static String slug(String path) {
		String slug = path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		return slug.isEmpty() ? "root" : slug;
	}

}
