package com.generalaugment.mock.platform.admin;

import java.util.List;
import java.util.Set;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/admin/projects}: list, get, deploy from config, update, integration prompt.
 */
public final class ProjectsEndpoint {

	/** Fields a PATCH never changes: identity and timestamps belong to the platform. */
	private static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "webhook_secret");

	private final ProjectStore projects;

	private final MockClock clock;

	private final IssuedKeys keys;

	/**
	 * @param projects the project store
	 * @param clock the logical clock for timestamps
	 * @param keys the issued keys, whose project binding narrows the list
	 */
	public ProjectsEndpoint(ProjectStore projects, MockClock clock, IssuedKeys keys) {
		this.projects = projects;
		this.clock = clock;
		this.keys = keys;
	}

	/**
	 * {@code GET /projects?limit&offset} → {@code {items:[...]}}; a caller holding a project-bound issued
	 * key sees that project only.
	 *
	 * @param call the call
	 * @return the page of projects
	 */
	public MockReply list(Call call) {
		// The platform CLI pages projects 1000 at a time.
		int limit = call.intQuery("limit", 50, 1, 1000);
		int offset = call.intQuery("offset", 0, 0, Integer.MAX_VALUE);
		String scope = keys.projectScope(call.credential());
		List<ObjectNode> all = projects.views();
		if (scope != null) {
			all.removeIf(project -> !scope.equals(project.get("id").stringValue()));
		}
		ObjectNode reply = Json.object();
		var items = reply.putArray("items");
		all.stream().skip(offset).limit(limit).forEach(items::add);
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /projects/{project}}.
	 *
	 * @param call the call
	 * @return the project
	 */
	public MockReply get(Call call) {
		return JsonReply.ok(projects.view(call.param("project")));
	}

	/**
	 * {@code POST /projects/from-config}: creates the project named by the manifest, or redeploys it when
	 * it exists (its id derives from the slug, as in the platform's mock).
	 *
	 * @param call the call
	 * @return the project
	 */
	public MockReply createFromConfig(Call call) {
		ProjectConfig config = ProjectConfig.parse(call.body());
		String slug = config.slug("local-mock-project");
		ObjectNode idInput = Json.object().put("slug", slug);
		String id = "proj_mock_" + Digests.sha256Hex(idInput).substring(0, 12);
		synchronized (projects) {
			String now = clock.tick().toString();
			ObjectNode project = projects.exists(id) ? projects.require(id) : newProject(id, now);
			project.put("slug", slug);
			project.put("name", config.displayName(slug));
			project.put("updated_at", now);
			config.applyTo(project);
			return JsonReply.ok(projects.put(project));
		}
	}

	/**
	 * {@code PUT /projects/{project}/config}: redeploys an existing project.
	 *
	 * @param call the call
	 * @return the project
	 */
	public MockReply deployConfig(Call call) {
		ProjectConfig config = ProjectConfig.parse(call.body());
		return JsonReply.ok(projects.update(call.param("project"), project -> {
			String slug = config.slug(project.get("slug").stringValue());
			project.put("slug", slug);
			project.put("name", config.displayName(slug));
			project.put("updated_at", clock.tick().toString());
			config.applyTo(project);
		}));
	}

	/**
	 * {@code PATCH /projects/{project}}: sets every field the body names; an explicit {@code null} clears.
	 *
	 * @param call the call
	 * @return the project
	 */
	public MockReply update(Call call) {
		JsonNode name = call.body().get("name");
		if (name != null && !(name.isString() && !name.stringValue().isBlank())) {
			throw ApiError.invalidRequest("name must be a non-blank string.");
		}
		return JsonReply.ok(projects.update(call.param("project"), project -> {
			call.body().properties().forEach(field -> {
				if (!READ_ONLY.contains(field.getKey())) {
					project.set(field.getKey(), field.getValue());
				}
			});
			project.put("updated_at", clock.tick().toString());
		}));
	}

	/**
	 * {@code GET /projects/{project}/integration-prompt} → {@code {prompt}}.
	 *
	 * @param call the call
	 * @return the prompt
	 */
	public MockReply integrationPrompt(Call call) {
		ObjectNode project = projects.view(call.param("project"));
		String prompt = "Integrate the General Augment project \"" + project.get("name").stringValue() + "\" ("
				+ project.get("id").stringValue() + ") into this app.\n"
				+ "1. Keep the project key on the server; send it as Authorization: Bearer <key>.\n"
				+ "2. Call POST /v1/responses with a model tier (simple, balanced, complex) and a stable user id.\n"
				+ "3. Send the same X-Idempotency-Key on every retry of one call.\n"
				+ "4. Stream with \"stream\": true and read the Server-Sent Events until response.completed.\n";
		return JsonReply.ok(Json.object().put("prompt", prompt));
	}

	private static ObjectNode newProject(String id, String now) {
		ObjectNode project = Json.object();
		project.put("id", id);
		project.put("status", "active");
		project.put("created_at", now);
		project.putObject("model_preferences").put("default_tier", "balanced");
		project.putObject("rate_limits").put("requests_per_minute", 60);
		project.putNull("system_prompt");
		return project;
	}

}
