package com.generalaugment.mock.platform.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.UsageLedger;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ObjectNode;

/**
 * The projects the admin routes manage, in creation order. A reset leaves one seeded project,
 * {@value UsageLedger#DEFAULT_PROJECT}, so admin calls work out of the box.
 */
public final class ProjectStore {

	private final Map<String, ObjectNode> projects = new LinkedHashMap<>();

	/** Creates the store with its seeded project. */
	public ProjectStore() {
		reset();
	}

	/**
	 * Whether a project exists.
	 *
	 * @param id the project id
	 * @return {@code true} when it exists
	 */
	public synchronized boolean exists(String id) {
		return projects.containsKey(id);
	}

	/**
	 * The stored project (not a copy: callers change it under this store's lock via {@link #update}).
	 *
	 * @param id the project id
	 * @return the project
	 * @throws ApiError 404 {@code not_found} when it does not exist
	 */
	synchronized ObjectNode require(String id) {
		ObjectNode project = projects.get(id);
		if (project == null) {
			throw ApiError.notFound("Project not found.");
		}
		return project;
	}

	/**
	 * The public view of a project: secrets such as {@code webhook_secret} always come back null
	 * (contract §2).
	 *
	 * @param id the project id
	 * @return a copy of the project
	 */
	public synchronized ObjectNode view(String id) {
		ObjectNode view = require(id).deepCopy();
		view.putNull("webhook_secret");
		return view;
	}

	/**
	 * Every project's view, in creation order.
	 *
	 * @return the views
	 */
	synchronized List<ObjectNode> views() {
		List<ObjectNode> views = new ArrayList<>();
		projects.keySet().forEach(id -> views.add(view(id)));
		return views;
	}

	/**
	 * Applies a change to a project under the store's lock.
	 *
	 * @param id the project id
	 * @param change the change
	 * @return the project's view afterwards
	 */
	synchronized ObjectNode update(String id, Consumer<ObjectNode> change) {
		change.accept(require(id));
		return view(id);
	}

	/**
	 * Stores a project, replacing one with the same id.
	 *
	 * @param project the project; its {@code id} field is the key
	 * @return its view
	 */
	synchronized ObjectNode put(ObjectNode project) {
		projects.put(project.get("id").stringValue(), project);
		return view(project.get("id").stringValue());
	}

	/** Back to the single seeded project. */
	public synchronized void reset() {
		projects.clear();
		ObjectNode seed = Json.object();
		seed.put("id", UsageLedger.DEFAULT_PROJECT);
		seed.put("name", "Mock Project");
		seed.put("slug", "mock-project");
		seed.put("status", "active");
		seed.put("created_at", MockClock.EPOCH.toString());
		seed.put("updated_at", MockClock.EPOCH.toString());
		seed.set("enabled_tool_ids", Json.array());
		seed.putObject("model_preferences").put("default_tier", "balanced");
		seed.putObject("rate_limits").put("requests_per_minute", 60);
		seed.putNull("system_prompt");
		seed.putObject("channels");
		seed.put("soul_content", "");
		seed.set("skills", Json.array());
		projects.put(UsageLedger.DEFAULT_PROJECT, seed);
	}

}
