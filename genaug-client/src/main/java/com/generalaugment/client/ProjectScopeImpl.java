package com.generalaugment.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.generalaugment.client.admin.AgentService;
import com.generalaugment.client.admin.AgentTestParams;
import com.generalaugment.client.admin.AgentTestResult;
import com.generalaugment.client.admin.ConfigDeployParams;
import com.generalaugment.client.admin.ConfigService;
import com.generalaugment.client.admin.IdentityService;
import com.generalaugment.client.admin.OpenApiToolParams;
import com.generalaugment.client.admin.OpenApiToolRegistration;
import com.generalaugment.client.admin.Project;
import com.generalaugment.client.admin.ProjectScope;
import com.generalaugment.client.admin.ProjectUpdate;
import com.generalaugment.client.admin.ProjectUsage;
import com.generalaugment.client.admin.ScheduledJob;
import com.generalaugment.client.admin.ScheduledJobCreateParams;
import com.generalaugment.client.admin.ScheduledJobDispatchParams;
import com.generalaugment.client.admin.ScheduledJobListParams;
import com.generalaugment.client.admin.ScheduledJobRun;
import com.generalaugment.client.admin.ScheduledJobRunListParams;
import com.generalaugment.client.admin.ScheduledJobService;
import com.generalaugment.client.admin.ToolService;
import com.generalaugment.client.admin.UsageParams;
import com.generalaugment.client.admin.UserLink;
import com.generalaugment.client.admin.UserLinkParams;
import com.generalaugment.client.admin.UserLookupParams;
import com.generalaugment.client.admin.ChannelStatus;
import com.generalaugment.client.admin.IdentityLink;
import com.generalaugment.client.admin.IdentityVerifyParams;
import com.generalaugment.client.admin.LogEntry;
import com.generalaugment.client.admin.MagicLinkParams;
import com.generalaugment.client.admin.ObservabilityService;
import com.generalaugment.client.admin.RunService;
import com.generalaugment.client.admin.RuntimePolicy;
import com.generalaugment.client.admin.SkillService;
import com.generalaugment.client.admin.Soul;
import com.generalaugment.client.admin.ToolCallAudit;
import com.generalaugment.client.admin.VerificationChallenge;
import com.generalaugment.client.verify.VerificationReport;
import com.generalaugment.client.verify.VerifyParams;
import com.generalaugment.client.internal.verify.ProjectVerifier;
import com.generalaugment.client.internal.Checks;
import com.generalaugment.client.internal.http.ApiRequest;
import com.generalaugment.client.internal.http.RetrySafety;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SDK's {@link ProjectScope}, and the services scoped to one project, each a small view over the
 * same {@link AdminCalls} and project id.
 */
final class ProjectScopeImpl implements ProjectScope {

	private final AdminClient admin;

	private final AdminCalls calls;

	private final String projectId;

	ProjectScopeImpl(AdminClient admin, AdminCalls calls, String projectId) {
		this.admin = admin;
		this.calls = calls;
		this.projectId = Checks.requireText(projectId, "projectId");
	}

	@Override
	public String id() {
		return this.projectId;
	}

	@Override
	public ProjectScope withOptions(RequestOptions options) {
		return new ProjectScopeImpl(this.admin, this.calls.withOptions(options), this.projectId);
	}

	@Override
	public Project get(RequestOptions options) {
		return new ProjectServiceImpl(this.calls).get(this.projectId, options);
	}

	@Override
	public Project update(ProjectUpdate update, RequestOptions options) {
		Objects.requireNonNull(update, "update");
		JsonNode reply = this.calls.execute(this.calls.admin("updateProject", HttpMethod.PATCH, "/projects/{}", this.projectId)
			.body(this.calls.json(update.toJson(this.calls.mapper))), options);
		return new Project(this.calls.object(reply, "updateProject"));
	}

	@Override
	public String integrationPrompt(RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("integrationPrompt", HttpMethod.GET,
				"/projects/{}/integration-prompt", this.projectId), options);
		JsonNode prompt = reply.get("prompt");
		if (prompt == null || !prompt.isString()) {
			throw Replies.malformed("integrationPrompt", "without a prompt");
		}
		return prompt.stringValue();
	}

	@Override
	public ProjectUsage usage(UsageParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		// LocalDate.toString() is ISO-8601 YYYY-MM-DD, the format the route expects.
		JsonNode reply = this.calls.execute(this.calls.admin("usage", HttpMethod.GET, "/projects/{}/usage", this.projectId)
			.query("start_date", params.startDate())
			.query("end_date", params.endDate()), options);
		return new ProjectUsage(this.calls.object(reply, "usage"));
	}

	@Override
	public ConfigService config() {
		return new Config(this.calls, this.projectId);
	}

	@Override
	public AgentService agent() {
		return new Agent(this.calls, this.projectId);
	}

	@Override
	public ToolService tools() {
		return new Tools(this.calls, this.projectId);
	}

	@Override
	public IdentityService identity() {
		return new Identity(this.calls, this.projectId);
	}

	@Override
	public ScheduledJobService scheduledJobs() {
		return new ScheduledJobs(this.calls, this.projectId);
	}

	@Override
	public RuntimePolicy runtimePolicy(RequestOptions options) {
		return new RuntimePolicy(this.calls.object(this.calls.execute(this.calls.admin("runtimePolicy", HttpMethod.GET,
				"/projects/{}/runtime-policy", this.projectId), options), "runtimePolicy"));
	}

	@Override
	public Soul soul(RequestOptions options) {
		return new Soul(this.calls.object(
				this.calls.execute(this.calls.admin("soul", HttpMethod.GET, "/projects/{}/soul", this.projectId), options),
				"soul"));
	}

	@Override
	public SkillService skills() {
		return new SkillServiceImpl(this.calls, this.projectId);
	}

	@Override
	public List<LogEntry> logs(int limit, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("logs", HttpMethod.GET, "/projects/{}/logs", this.projectId)
			.query("limit", Checks.within(limit, 1, 200, "limit")), options);
		return AdminCalls.items(reply, "logs").stream().map(LogEntry::new).toList();
	}

	@Override
	public ObservabilityService observability() {
		return new ObservabilityServiceImpl(this.calls, this.projectId);
	}

	@Override
	public RunService runs() {
		return new RunServiceImpl(this.calls, this.projectId);
	}

	@Override
	public List<ChannelStatus> channelStatus(RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("channelStatus", HttpMethod.GET,
				"/projects/{}/channels/status", this.projectId), options);
		JsonNode channels = this.calls.object(reply, "channelStatus").get("channels");
		if (channels == null || !channels.isArray()) {
			throw Replies.malformed("channelStatus", "without a channels list");
		}
		return AdminCalls.items(channels, "channelStatus").stream().map(ChannelStatus::new).toList();
	}

	@Override
	public ToolCallAudit toolCallAudit(int limit, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls
			.admin("toolCallAudit", HttpMethod.GET, "/projects/{}/audit/tool-calls", this.projectId)
			.query("limit", Checks.within(limit, 1, 1000, "limit")), options);
		return new ToolCallAudit(this.calls.object(reply, "toolCallAudit"));
	}

	@Override
	public VerificationReport verify(VerifyParams params) {
		return new ProjectVerifier(this.admin, Objects.requireNonNull(params, "params")).run(this.projectId);
	}

	@Override
	public String toString() {
		return "ProjectScope{" + this.projectId + "}";
	}

	private record Config(AdminCalls calls, String projectId) implements ConfigService {

		@Override
		public ConfigService withOptions(RequestOptions options) {
			return new Config(this.calls.withOptions(options), this.projectId);
		}

		@Override
		public Project deploy(ConfigDeployParams params, RequestOptions options) {
			return put("deployConfig", this.calls.configBody(params), options);
		}

		@Override
		public Project deployFile(Path path, RequestOptions options) {
			String yaml = AdminCalls.readConfigFile(path);
			return put("deployConfigFile", this.calls.configBody(yaml, null, List.of()), options);
		}

		private Project put(String operation, ObjectNode body, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls.admin(operation, HttpMethod.PUT, "/projects/{}/config", this.projectId)
				.body(this.calls.json(body)), options);
			return new Project(this.calls.object(reply, operation));
		}

	}

	private record Agent(AdminCalls calls, String projectId) implements AgentService {

		@Override
		public AgentService withOptions(RequestOptions options) {
			return new Agent(this.calls.withOptions(options), this.projectId);
		}

		@Override
		public AgentTestResult test(AgentTestParams params, RequestOptions options) {
			ObjectNode body = this.calls.mapper.createObjectNode()
				.put("message", params.message())
				.put("phone_e164", params.phoneE164())
				.put("channel", params.channel());
			if (params.agentId() != null) {
				body.put("agent_id", params.agentId());
			}
			JsonNode reply = this.calls.execute(this.calls.admin("testAgent", HttpMethod.POST, "/projects/{}/test", this.projectId)
				.body(this.calls.json(body)), options);
			return new AgentTestResult(this.calls.object(reply, "testAgent"));
		}

	}

	private record Tools(AdminCalls calls, String projectId) implements ToolService {

		@Override
		public ToolService withOptions(RequestOptions options) {
			return new Tools(this.calls.withOptions(options), this.projectId);
		}

		@Override
		public OpenApiToolRegistration registerOpenApi(OpenApiToolParams params, RequestOptions options) {
			ObjectNode body = this.calls.mapper.createObjectNode().put("spec_url", params.specUrl());
			body.set("include_paths", this.calls.mapper.valueToTree(params.includePaths()));
			body.set("exclude_paths", this.calls.mapper.valueToTree(params.excludePaths()));
			body.put("target_count", params.targetCount()).put("auto_deploy", params.autoDeploy());
			if (params.namePrefix() != null) {
				body.put("name_prefix", params.namePrefix());
			}
			JsonNode reply = this.calls.execute(this.calls.admin("registerOpenAPITools", HttpMethod.POST,
					"/projects/{}/tools/from-openapi", this.projectId).body(this.calls.json(body)), options);
			return new OpenApiToolRegistration(this.calls.object(reply, "registerOpenAPITools"));
		}

	}

	private record Identity(AdminCalls calls, String projectId) implements IdentityService {

		@Override
		public IdentityService withOptions(RequestOptions options) {
			return new Identity(this.calls.withOptions(options), this.projectId);
		}

		@Override
		public UserLink link(UserLinkParams params, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls.integration("linkUser", HttpMethod.POST, "/{}/link-user",
					this.projectId).body(this.calls.json(linkBody(params))), options);
			return new UserLink(this.calls.object(reply, "linkUser"));
		}

		@Override
		public UserLink resolve(UserLookupParams params, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls
				.integration("resolveUser", HttpMethod.GET, "/{}/resolve/{}", this.projectId, params.phoneE164())
				.query("provider_name", params.providerName()), options);
			return new UserLink(this.calls.object(reply, "resolveUser"));
		}

		@Override
		public boolean unlink(UserLookupParams params, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls
				.integration("unlinkUser", HttpMethod.DELETE, "/{}/unlink/{}", this.projectId, params.phoneE164())
				.query("provider_name", params.providerName()), options);
			JsonNode unlinked = reply.get("unlinked");
			return unlinked == null || !unlinked.isBoolean() || unlinked.booleanValue();
		}

		@Override
		public List<IdentityLink> links(int limit, int offset, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls
				.admin("listIdentityLinks", HttpMethod.GET, "/projects/{}/identity-links", this.projectId)
				.query("limit", Checks.within(limit, 1, 1000, "limit"))
				.query("offset", Checks.atLeast(offset, 0, "offset")), options);
			return AdminCalls.items(reply, "listIdentityLinks").stream().map(IdentityLink::new).toList();
		}

		@Override
		public IdentityLink testLink(UserLinkParams params, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls
				.admin("testIdentityLink", HttpMethod.POST, "/projects/{}/identity-links/test", this.projectId)
				.body(this.calls.json(linkBody(params))), options);
			return new IdentityLink(this.calls.object(reply, "testIdentityLink"));
		}

		@Override
		public VerificationChallenge sendVerificationCode(UserLinkParams params, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls
				.integration("sendVerificationCode", HttpMethod.POST, "/{}/verification-code", this.projectId)
				.body(this.calls.json(linkBody(params))), options);
			return new VerificationChallenge(this.calls.object(reply, "sendVerificationCode"));
		}

		@Override
		public VerificationChallenge sendMagicLink(MagicLinkParams params, RequestOptions options) {
			ObjectNode body = this.calls.mapper.createObjectNode()
				.put("phone_e164", params.phoneE164())
				.put("user_identifier", params.userIdentifier())
				.put("provider_name", params.providerName())
				.put("channel", params.channel());
			body.set("metadata", this.calls.mapper.valueToTree(params.metadata()));
			JsonNode reply = this.calls.execute(this.calls
				.integration("sendMagicLink", HttpMethod.POST, "/{}/magic-link", this.projectId)
				.body(this.calls.json(body)), options);
			return new VerificationChallenge(this.calls.object(reply, "sendMagicLink"));
		}

		@Override
		public IdentityLink verify(IdentityVerifyParams params, RequestOptions options) {
			ObjectNode body = this.calls.mapper.createObjectNode()
				.put("phone_e164", params.phoneE164())
				.put("provider_name", params.providerName())
				.put("code", params.code());
			if (params.providerUserId() != null) {
				body.put("provider_user_id", params.providerUserId());
			}
			JsonNode reply = this.calls.execute(this.calls
				.integration("verifyIdentity", HttpMethod.POST, "/{}/verify", this.projectId)
				.body(this.calls.json(body)), options);
			return new IdentityLink(this.calls.object(reply, "verifyIdentity"));
		}

		private ObjectNode linkBody(UserLinkParams params) {
			ObjectNode body = this.calls.mapper.createObjectNode()
				.put("phone_e164", params.phoneE164())
				.put("provider_user_id", params.providerUserId())
				.put("provider_name", params.providerName());
			body.set("metadata", this.calls.mapper.valueToTree(params.metadata()));
			return body;
		}

	}

	private record ScheduledJobs(AdminCalls calls, String projectId) implements ScheduledJobService {

		@Override
		public ScheduledJobService withOptions(RequestOptions options) {
			return new ScheduledJobs(this.calls.withOptions(options), this.projectId);
		}

		@Override
		public ScheduledJob create(ScheduledJobCreateParams params, RequestOptions options) {
			Objects.requireNonNull(params, "params");
			JsonNode reply = this.calls.execute(this.calls
				.admin("createScheduledJob", HttpMethod.POST, "/projects/{}/scheduled-jobs", this.projectId)
				.body(this.calls.json(params.toJson(this.calls.mapper))), options);
			return new ScheduledJob(this.calls.object(reply, "createScheduledJob"));
		}

		@Override
		public List<ScheduledJob> list(ScheduledJobListParams params, RequestOptions options) {
			JsonNode reply = this.calls.execute(this.calls
				.admin("listScheduledJobs", HttpMethod.GET, "/projects/{}/scheduled-jobs", this.projectId)
				.query("status", params.status())
				.query("target_app_user_id", params.targetAppUserId())
				.query("limit", params.limit())
				.query("offset", params.offset()), options);
			return AdminCalls.items(reply, "listScheduledJobs").stream().map(ScheduledJob::new).toList();
		}

		@Override
		public ScheduledJob get(String jobId, RequestOptions options) {
			return job("getScheduledJob", HttpMethod.GET, jobId, "", options);
		}

		@Override
		public List<ScheduledJobRun> runs(String jobId, ScheduledJobRunListParams params, RequestOptions options) {
			JsonNode reply = this.calls.execute(
					request("listScheduledJobRuns", HttpMethod.GET, jobId, "/runs").query("limit", params.limit()), options);
			return AdminCalls.items(reply, "listScheduledJobRuns").stream().map(ScheduledJobRun::new).toList();
		}

		@Override
		public ScheduledJobRun dispatch(String jobId, ScheduledJobDispatchParams params, RequestOptions options) {
			ObjectNode body = this.calls.mapper.createObjectNode();
			if (params.dispatchKey() != null) {
				body.put("dispatch_key", params.dispatchKey());
			}
			body.put("execute", params.execute());
			// A dispatch key lets the platform recognise a repeat, which makes the dispatch safe to retry.
			JsonNode reply = this.calls.execute(request("dispatchScheduledJob", HttpMethod.POST, jobId, "/dispatch")
				.body(this.calls.json(body))
				.safety((params.dispatchKey() != null) ? RetrySafety.IDEMPOTENT : RetrySafety.UNSAFE), options);
			JsonNode run = reply.get("run");
			return new ScheduledJobRun((run != null && run.isObject()) ? run : this.calls.object(reply, "dispatchScheduledJob"));
		}

		@Override
		public ScheduledJob pause(String jobId, RequestOptions options) {
			return job("pauseScheduledJob", HttpMethod.POST, jobId, "/pause", options);
		}

		@Override
		public ScheduledJob resume(String jobId, RequestOptions options) {
			return job("resumeScheduledJob", HttpMethod.POST, jobId, "/resume", options);
		}

		@Override
		public ScheduledJob delete(String jobId, RequestOptions options) {
			return job("deleteScheduledJob", HttpMethod.DELETE, jobId, "", options);
		}

		private ScheduledJob job(String operation, HttpMethod method, String jobId, String suffix, RequestOptions options) {
			return new ScheduledJob(this.calls.object(this.calls.execute(request(operation, method, jobId, suffix), options),
					operation));
		}

		private ApiRequest.Builder request(String operation, HttpMethod method, String jobId, String suffix) {
			return this.calls.admin(operation, method, "/projects/{}/scheduled-jobs/{}" + suffix, this.projectId,
					Checks.requireText(jobId, "jobId"));
		}

	}

}
