package com.generalaugment.client;

import java.util.List;
import java.util.Objects;

import com.generalaugment.client.admin.AgentRun;
import com.generalaugment.client.admin.RunListParams;
import com.generalaugment.client.admin.RunService;
import com.generalaugment.client.internal.Checks;
import com.generalaugment.client.internal.http.ApiRequest;
import tools.jackson.databind.JsonNode;

/** The SDK's {@link RunService}: {@code /api/v1/admin/projects/{id}/runs}. */
record RunServiceImpl(AdminCalls calls, String projectId) implements RunService {

	@Override
	public RunService withOptions(RequestOptions options) {
		return new RunServiceImpl(this.calls.withOptions(options), this.projectId);
	}

	@Override
	public AgentRun get(String agentRunId, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("getRun", HttpMethod.GET, "/projects/{}/runs/{}",
				this.projectId, Checks.requireText(agentRunId, "agentRunId")), options);
		return new AgentRun(this.calls.object(reply, "getRun"));
	}

	@Override
	public List<AgentRun> list(RunListParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		ApiRequest.Builder request = this.calls.admin("listRuns", HttpMethod.GET, "/projects/{}/runs", this.projectId);
		params.query().forEach(request::query);
		return AdminCalls.items(this.calls.execute(request, options), "listRuns").stream().map(AgentRun::new).toList();
	}

}
