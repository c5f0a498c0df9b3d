package com.generalaugment.mock.platform.admin;

import java.util.ArrayList;
import java.util.List;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/admin/projects/{project}/skills}: the project's SKILL.md texts, the same list a deploy's
 * {@code skills} sets, so skills deployed with the config and skills written here are one set. Names are
 * derived from each text by the platform mock's front-matter and heading rules; a write replaces every skill of the new text's name and
 * appends, a delete removes every skill of that name.
 */
public final class SkillsEndpoint {

	private final ProjectStore projects;

	/**
	 * @param projects the project store, which keeps the texts with each project
	 */
	public SkillsEndpoint(ProjectStore projects) {
		this.projects = projects;
	}

	/**
	 * The skills of a project, in stored order.
	 *
	 * @param projects the project store
	 * @param projectId the project
	 * @return the parsed texts
	 * @throws ApiError 404 {@code not_found} for an unknown project
	 */
	static List<SkillText> skills(ProjectStore projects, String projectId) {
		List<SkillText> skills = new ArrayList<>();
		for (JsonNode text : projects.view(projectId).path("skills")) {
			if (text.isString()) {
				skills.add(SkillText.parse(text.stringValue()));
			}
		}
		return skills;
	}

	/**
	 * {@code GET /skills} → {@code {items}} ({@code limit} is ignored, as in the platform's mock).
	 *
	 * @param call the call
	 * @return the skill summaries
	 */
	public MockReply list(Call call) {
		ObjectNode reply = Json.object();
		ArrayNode items = reply.putArray("items");
		skills(projects, call.param("project")).forEach(skill -> items.add(skill.summary()));
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /skills/{name}}: the first skill of exactly that name.
	 *
	 * @param call the call
	 * @return {@code {name, content, metadata}}, or 404 {@code not_found}
	 */
	public MockReply get(Call call) {
		String name = call.param("name");
		return skills(projects, call.param("project")).stream()
			.filter(skill -> skill.name().equals(name))
			.findFirst()
			.map(skill -> JsonReply.ok(skill.toJson()))
			.orElseThrow(SkillsEndpoint::skillNotFound);
	}

	/**
	 * {@code POST /skills} and {@code PUT /skills/{name}} (the path name is ignored): drops every skill of
	 * the new text's name, then appends the text.
	 *
	 * @param call the call
	 * @return {@code {name, content, metadata}}, 400 {@code invalid_request} without content, or 404
	 */
	public MockReply write(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		String content = PyValues.strOr(call.body().get("content"), "");
		if (content.isBlank()) {
			throw ApiError.of(400, "invalid_request", "Skill content is required.");
		}
		SkillText skill = SkillText.parse(content);
		projects.update(projectId, project -> {
			ArrayNode kept = without(project, skill.name());
			kept.add(content);
			project.set("skills", kept);
		});
		return JsonReply.ok(skill.toJson());
	}

	/**
	 * {@code DELETE /skills/{name}}: removes every skill of exactly that name.
	 *
	 * @param call the call
	 * @return {@code {status:"deleted", name}}, or 404 {@code not_found}
	 */
	public MockReply delete(Call call) {
		String projectId = call.param("project");
		String name = call.param("name");
		synchronized (projects) {
			if (skills(projects, projectId).stream().noneMatch(skill -> skill.name().equals(name))) {
				throw skillNotFound();
			}
			projects.update(projectId, project -> project.set("skills", without(project, name)));
		}
		ObjectNode reply = Json.object();
		reply.put("status", "deleted");
		reply.put("name", name);
		return JsonReply.ok(reply);
	}

	/** The project's skill texts minus those of the given name. */
	private static ArrayNode without(ObjectNode project, String name) {
		ArrayNode kept = Json.array();
		for (JsonNode text : project.path("skills")) {
			if (text.isString() && !SkillText.parse(text.stringValue()).name().equals(name)) {
				kept.add(text.stringValue());
			}
		}
		return kept;
	}

	private static ApiError skillNotFound() {
		return ApiError.notFound("Skill not found.");
	}

}
