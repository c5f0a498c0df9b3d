package com.generalaugment.client;

import java.util.List;

import com.generalaugment.client.admin.Skill;
import com.generalaugment.client.admin.SkillService;
import com.generalaugment.client.admin.SkillSummary;
import com.generalaugment.client.admin.StatusReply;
import com.generalaugment.client.internal.Checks;
import com.generalaugment.client.internal.http.ApiRequest;
import tools.jackson.databind.JsonNode;

/** The SDK's {@link SkillService}: {@code /api/v1/admin/projects/{id}/skills}. */
record SkillServiceImpl(AdminCalls calls, String projectId) implements SkillService {

	// The platform pages skills; a project rarely has more, and the CLI asks for as many.
	private static final int LIST_LIMIT = 100;

	@Override
	public SkillService withOptions(RequestOptions options) {
		return new SkillServiceImpl(this.calls.withOptions(options), this.projectId);
	}

	@Override
	public List<SkillSummary> list(RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls
			.admin("listSkills", HttpMethod.GET, "/projects/{}/skills", this.projectId)
			.query("limit", LIST_LIMIT), options);
		return AdminCalls.items(reply, "listSkills").stream().map(SkillSummary::new).toList();
	}

	@Override
	public Skill get(String name, RequestOptions options) {
		return skill(named("getSkill", HttpMethod.GET, name), options, "getSkill");
	}

	@Override
	public Skill add(String content, RequestOptions options) {
		ApiRequest.Builder request = this.calls.admin("addSkill", HttpMethod.POST, "/projects/{}/skills", this.projectId);
		return skill(withContent(request, content), options, "addSkill");
	}

	@Override
	public Skill replace(String name, String content, RequestOptions options) {
		return skill(withContent(named("replaceSkill", HttpMethod.PUT, name), content), options, "replaceSkill");
	}

	@Override
	public StatusReply delete(String name, RequestOptions options) {
		JsonNode reply = this.calls.execute(named("deleteSkill", HttpMethod.DELETE, name), options);
		return new StatusReply(this.calls.object(reply, "deleteSkill"));
	}

	private ApiRequest.Builder named(String operation, HttpMethod method, String name) {
		return this.calls.admin(operation, method, "/projects/{}/skills/{}", this.projectId, Checks.requireText(name, "name"));
	}

	private ApiRequest.Builder withContent(ApiRequest.Builder request, String content) {
		Checks.requireText(content, "content");
		return request.body(this.calls.json(this.calls.mapper.createObjectNode().put("content", content)));
	}

	private Skill skill(ApiRequest.Builder request, RequestOptions options, String operation) {
		return new Skill(this.calls.object(this.calls.execute(request, options), operation));
	}

}
