package com.generalaugment.client;

import java.nio.file.Path;
import java.util.List;

import com.generalaugment.client.admin.ConfigDeployParams;
import com.generalaugment.client.admin.Project;
import com.generalaugment.client.admin.ProjectListParams;
import com.generalaugment.client.admin.ProjectService;
import com.generalaugment.client.internal.Checks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The SDK's {@link ProjectService}. */
final class ProjectServiceImpl implements ProjectService {

	private final AdminCalls calls;

	ProjectServiceImpl(AdminCalls calls) {
		this.calls = calls;
	}

	@Override
	public ProjectService withOptions(RequestOptions options) {
		return new ProjectServiceImpl(this.calls.withOptions(options));
	}

	@Override
	public List<Project> list(ProjectListParams params, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("listProjects", HttpMethod.GET, "/projects")
			.query("limit", params.limit())
			.query("offset", params.offset()), options);
		return AdminCalls.items(reply, "listProjects").stream().map(Project::new).toList();
	}

	@Override
	public Project get(String projectId, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("getProject", HttpMethod.GET, "/projects/{}",
				Checks.requireText(projectId, "projectId")), options);
		return new Project(this.calls.object(reply, "getProject"));
	}

	@Override
	public Project createFromConfig(ConfigDeployParams params, RequestOptions options) {
		return create("createProjectFromConfig", this.calls.configBody(params), options);
	}

	@Override
	public Project createFromConfigFile(Path path, RequestOptions options) {
		String yaml = AdminCalls.readConfigFile(path);
		return create("deployConfigFile", this.calls.configBody(yaml, null, List.of()), options);
	}

	private Project create(String operation, ObjectNode body, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin(operation, HttpMethod.POST, "/projects/from-config")
			.body(this.calls.json(body)), options);
		return new Project(this.calls.object(reply, operation));
	}

}
