package com.generalaugment.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.generalaugment.client.admin.AgentTestResult;
import com.generalaugment.client.admin.OpenApiToolOptions;
import com.generalaugment.client.admin.OpenApiToolRegistration;
import com.generalaugment.client.admin.Project;
import com.generalaugment.client.admin.ProjectUpdate;
import com.generalaugment.client.admin.ProjectUsage;
import com.generalaugment.client.admin.ScheduledJob;
import com.generalaugment.client.admin.ScheduledJobRequest;
import com.generalaugment.client.admin.ScheduledJobRun;
import com.generalaugment.client.admin.UserLink;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.http.ApiRequest;
import com.generalaugment.client.http.RetrySafety;
import com.generalaugment.client.http.Transport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The General Augment client for setup and operations, authenticated with a management (admin) key
 * sent as {@code X-Admin-Key}: projects and their configuration, OpenAPI tools, usage, hosted test calls,
 * identity links and scheduled jobs. Method names follow the platform's TypeScript SDK.
 *
 * <pre>{@code
 * AdminClient admin = AdminClient.builder()
 *     .adminKey(System.getenv("GENAUG_ADMIN_API_KEY"))
 *     .projectId(System.getenv("GENAUG_PROJECT_ID"))   // optional default project
 *     .build();
 * ProjectUsage usage = admin.usage(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 24));
 * ScheduledJob job = admin.createScheduledJob(ScheduledJobRequest.builder()
 *     .targetAppUserId("app-user-123")
 *     .prompt("Review this account and summarize the next action.")
 *     .schedule(Schedule.interval(Duration.ofHours(1)))
 *     .build());
 * }</pre>
 *
 * <p>Every project-scoped method takes the project id first and also exists without it, using the
 * {@linkplain Builder#projectId(String) default project}; without a default those forms fail with an
 * {@link IllegalStateException} before anything is sent. Arguments are checked before any request
 * (blank ids and out-of-range limits raise {@link IllegalArgumentException}).
 *
 * <p>Retries (contract §5): reads, {@code PUT} and {@code DELETE} are retried after server errors; calls
 * with side effects (creating a job, a billed test call, linking a user, which sends a code to a phone,
 * creating or updating a project, registering tools, pausing or resuming) only when the request certainly
 * did not reach the platform or was refused with 429. A dispatch with a dispatch key is safe to repeat.
 *
 * <p>Immutable and thread-safe: build one and share it. Keep the admin key on the server. Every failure
 * is a {@link GeneralAugmentException}; switch on its {@code reason()}.
 */
public final class AdminClient {

	/** The phone number a hosted test call uses when none is given. */
	public static final String DEFAULT_TEST_PHONE = "+15550000000";

	/** The channel a hosted test call uses when none is given. */
	public static final String DEFAULT_TEST_CHANNEL = "whatsapp";

	/** The identity provider name used when none is given. */
	public static final String DEFAULT_PROVIDER_NAME = "app";

	private static final String ADMIN = "/api/v1/admin";

	private static final String INTEGRATIONS = "/api/v1/integrations";

	private final Transport transport;

	private final JsonMapper mapper;

	private final @Nullable String defaultProjectId;

	private final RequestOptions options;

	private AdminClient(Transport transport, JsonMapper mapper, @Nullable String defaultProjectId,
			RequestOptions options) {
		this.transport = transport;
		this.mapper = mapper;
		this.defaultProjectId = defaultProjectId;
		this.options = options;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the base URL calls go to */
	public String baseUrl() {
		return this.transport.settings().baseUrl();
	}

	/** @return the timeout of one attempt ({@link Duration#ZERO} = none) */
	public Duration timeout() {
		return this.transport.settings().timeout();
	}

	/** @return the number of retries after a failed attempt */
	public int maxRetries() {
		return this.transport.settings().retryPolicy().maxRetries();
	}

	/**
	 * The JDK client this client's calls go out on: the one given to the builder, else the SDK's default
	 * shared by the JVM (built by this call if no call has built it yet). For requests that should take the
	 * same route — proxy, TLS — as the client's own, such as the starter's health probe; sending through it
	 * bypasses the client's key, retries and deadline.
	 * @return the JDK client
	 */
	public HttpClient httpClient() {
		return this.transport.httpClient();
	}

	/** @return the project used by the methods called without a project id, or {@code null} when none is set */
	public @Nullable String defaultProjectId() {
		return this.defaultProjectId;
	}

	/**
	 * This client with per-call options applied to every call made through it: a request id, W3C trace
	 * context, extra headers, a timeout of its own. It shares this client's connections and settings and
	 * costs nothing to make, so make one per operation:
	 *
	 * <pre>{@code
	 * admin.withOptions(RequestOptions.builder().requestId("req_deploy_42").timeout(Duration.ofMinutes(3)).build())
	 *     .deployConfigFile(Path.of("genaug.yaml"));
	 * }</pre>
	 * @param options the options; they replace, not add to, those of this client
	 * @return a client that sends them
	 * @throws IllegalArgumentException when the options carry an idempotency key: the platform reads
	 * {@code X-Idempotency-Key} on responses only, so an admin call would silently ignore it (a dispatch
	 * takes its key as {@code dispatchKey})
	 */
	public AdminClient withOptions(RequestOptions options) {
		Objects.requireNonNull(options, "options");
		if (options.idempotencyKey() != null) {
			throw new IllegalArgumentException("Admin calls take no idempotency key: the platform reads "
					+ "X-Idempotency-Key on responses only (pass a dispatchKey to dispatchScheduledJob instead)");
		}
		return new AdminClient(this.transport, this.mapper, this.defaultProjectId, options);
	}

	// Projects

	/**
	 * List the projects the key can see ({@code GET /api/v1/admin/projects}), with the platform's default
	 * page.
	 * @return the projects
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<Project> listProjects() {
		return listProjects(null, null);
	}

	/**
	 * List the projects the key can see, one page at a time.
	 * @param limit the most projects to return (at least 1), or {@code null} for the platform's default
	 * @param offset how many to skip (at least 0), or {@code null} for none
	 * @return the projects
	 * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<Project> listProjects(@Nullable Integer limit, @Nullable Integer offset) {
		JsonNode reply = execute(admin("listProjects", HttpMethod.GET, "/projects")
			.query("limit", atLeast(limit, 1, "limit"))
			.query("offset", atLeast(offset, 0, "offset")));
		return items(reply, "listProjects").stream().map(Project::new).toList();
	}

	/**
	 * Read a project ({@code GET /api/v1/admin/projects/{id}}).
	 * @param projectId the project id
	 * @return the project
	 * @throws GeneralAugmentException on failure (404 {@code not_found} when there is no such project)
	 */
	public Project getProject(String projectId) {
		String id = requireText(projectId, "projectId");
		return new Project(object(execute(admin("getProject", HttpMethod.GET, "/projects/{}", id)), "getProject"));
	}

	/**
	 * Read the default project.
	 * @return the project
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public Project getProject() {
		return getProject(defaultProject());
	}

	/**
	 * Create a project from an agent manifest ({@code POST /api/v1/admin/projects/from-config}).
	 * @param yamlContent the manifest (YAML text)
	 * @return the project
	 * @throws IllegalArgumentException when the manifest is blank
	 * @throws GeneralAugmentException on failure
	 */
	public Project createProjectFromConfig(String yamlContent) {
		return createProjectFromConfig(yamlContent, null, null);
	}

	/**
	 * Create a project from an agent manifest, a soul document and skills.
	 * @param yamlContent the manifest (YAML text)
	 * @param soulContent the agent's SOUL.md text, or {@code null} for none (not sent)
	 * @param skills the SKILL.md texts, or {@code null} for none (sent as {@code []})
	 * @return the project
	 * @throws IllegalArgumentException when the manifest is blank
	 * @throws GeneralAugmentException on failure
	 */
	public Project createProjectFromConfig(String yamlContent, @Nullable String soulContent,
			@Nullable List<String> skills) {
		ObjectNode body = configBody(yamlContent, soulContent, skills);
		JsonNode reply = execute(admin("createProjectFromConfig", HttpMethod.POST, "/projects/from-config").body(json(body)));
		return new Project(object(reply, "createProjectFromConfig"));
	}

	/**
	 * Deploy a new configuration to an existing project ({@code PUT /api/v1/admin/projects/{id}/config}).
	 * @param projectId the project id
	 * @param yamlContent the manifest (YAML text)
	 * @param soulContent the agent's SOUL.md text, or {@code null} for none (not sent)
	 * @param skills the SKILL.md texts, or {@code null} for none (sent as {@code []})
	 * @return the project
	 * @throws IllegalArgumentException when the id or the manifest is blank
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public Project deployConfig(String projectId, String yamlContent, @Nullable String soulContent,
			@Nullable List<String> skills) {
		String id = requireText(projectId, "projectId");
		ObjectNode body = configBody(yamlContent, soulContent, skills);
		JsonNode reply = execute(admin("deployConfig", HttpMethod.PUT, "/projects/{}/config", id).body(json(body)));
		return new Project(object(reply, "deployConfig"));
	}

	/**
	 * Deploy a new configuration to the default project.
	 * @param yamlContent the manifest (YAML text)
	 * @param soulContent the agent's SOUL.md text, or {@code null} for none
	 * @param skills the SKILL.md texts, or {@code null} for none
	 * @return the project
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public Project deployConfig(String yamlContent, @Nullable String soulContent, @Nullable List<String> skills) {
		return deployConfig(defaultProject(), yamlContent, soulContent, skills);
	}

	/**
	 * Create a new project from a manifest file (UTF-8 YAML), like Python's {@code deploy_config_file}
	 * without a project id. The default project is not used: to update a project, pass its id.
	 * @param path the manifest file
	 * @return the new project
	 * @throws UncheckedIOException when the file cannot be read
	 * @throws GeneralAugmentException on failure
	 */
	public Project deployConfigFile(Path path) {
		return deployConfigFile(path, null);
	}

	/**
	 * Deploy a manifest file (UTF-8 YAML): to the given project ({@code PUT …/config}), or as a new project
	 * when {@code projectId} is {@code null} ({@code POST …/from-config}).
	 * @param path the manifest file
	 * @param projectId the project to update, or {@code null} to create one
	 * @return the project
	 * @throws UncheckedIOException when the file cannot be read
	 * @throws GeneralAugmentException on failure
	 */
	public Project deployConfigFile(Path path, @Nullable String projectId) {
		Objects.requireNonNull(path, "path");
		String yaml;
		try {
			yaml = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the config file " + path, ex);
		}
		ObjectNode body = configBody(yaml, null, null);
		ApiRequest.Builder request = (projectId != null)
				? admin("deployConfigFile", HttpMethod.PUT, "/projects/{}/config", requireText(projectId, "projectId"))
				: admin("deployConfigFile", HttpMethod.POST, "/projects/from-config");
		return new Project(object(execute(request.body(json(body))), "deployConfigFile"));
	}

	/**
	 * Change some of a project's settings ({@code PATCH /api/v1/admin/projects/{id}}): only the fields
	 * set on the update are sent; a field set to {@code null} is cleared.
	 * @param projectId the project id
	 * @param update the fields to change
	 * @return the updated project
	 * @throws GeneralAugmentException on failure
	 */
	public Project updateProject(String projectId, ProjectUpdate update) {
		String id = requireText(projectId, "projectId");
		Objects.requireNonNull(update, "update");
		JsonNode reply = execute(
				admin("updateProject", HttpMethod.PATCH, "/projects/{}", id).body(json(update.toJson(this.mapper))));
		return new Project(object(reply, "updateProject"));
	}

	/**
	 * Change some of the default project's settings.
	 * @param update the fields to change
	 * @return the updated project
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public Project updateProject(ProjectUpdate update) {
		return updateProject(defaultProject(), update);
	}

	/**
	 * The prompt that explains to a coding assistant how to integrate the project
	 * ({@code GET /api/v1/admin/projects/{id}/integration-prompt}).
	 * @param projectId the project id
	 * @return the prompt text
	 * @throws IllegalStateException when the reply carries no {@code prompt}
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public String integrationPrompt(String projectId) {
		String id = requireText(projectId, "projectId");
		JsonNode reply = execute(admin("integrationPrompt", HttpMethod.GET, "/projects/{}/integration-prompt", id));
		JsonNode prompt = reply.get("prompt");
		if (prompt == null || !prompt.isString()) {
			throw Replies.malformed("integrationPrompt", "without a prompt");
		}
		return prompt.stringValue();
	}

	/**
	 * The integration prompt of the default project.
	 * @return the prompt text
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public String integrationPrompt() {
		return integrationPrompt(defaultProject());
	}

	/**
	 * A project's usage per day and in total ({@code GET /api/v1/admin/projects/{id}/usage}).
	 * @param projectId the project id
	 * @param startDate the first day, or {@code null} for the platform's default range
	 * @param endDate the last day, or {@code null} for the platform's default range
	 * @return the usage
	 * @throws IllegalArgumentException when {@code startDate} is after {@code endDate}
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public ProjectUsage usage(String projectId, @Nullable LocalDate startDate, @Nullable LocalDate endDate) {
		String id = requireText(projectId, "projectId");
		if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
			throw new IllegalArgumentException("startDate " + startDate + " must not be after endDate " + endDate);
		}
		// LocalDate.toString() is ISO-8601 YYYY-MM-DD, the format the route expects.
		JsonNode reply = execute(admin("usage", HttpMethod.GET, "/projects/{}/usage", id).query("start_date", startDate)
			.query("end_date", endDate));
		return new ProjectUsage(object(reply, "usage"));
	}

	/**
	 * The default project's usage.
	 * @param startDate the first day, or {@code null}
	 * @param endDate the last day, or {@code null}
	 * @return the usage
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public ProjectUsage usage(@Nullable LocalDate startDate, @Nullable LocalDate endDate) {
		return usage(defaultProject(), startDate, endDate);
	}

	/**
	 * Send a hosted test message to the project's agent ({@code POST /api/v1/admin/projects/{id}/test})
	 * from phone {@value #DEFAULT_TEST_PHONE} on channel {@value #DEFAULT_TEST_CHANNEL}. The call is billed,
	 * so it is never repeated after it may have reached the platform.
	 * @param projectId the project id
	 * @param message the message
	 * @return the agent's answer
	 * @throws GeneralAugmentException on failure
	 */
	public AgentTestResult testAgent(String projectId, String message) {
		return testAgent(projectId, message, null, null, null);
	}

	/**
	 * Send a hosted test message from a given phone and channel.
	 * @param projectId the project id
	 * @param message the message
	 * @param phoneE164 the sender, or {@code null} for {@value #DEFAULT_TEST_PHONE}
	 * @param channel the channel, or {@code null} for {@value #DEFAULT_TEST_CHANNEL}
	 * @return the agent's answer
	 * @throws GeneralAugmentException on failure
	 */
	public AgentTestResult testAgent(String projectId, String message, @Nullable String phoneE164,
			@Nullable String channel) {
		return testAgent(projectId, message, phoneE164, channel, null);
	}

	/**
	 * Send a hosted test message to one agent of the project.
	 * @param projectId the project id
	 * @param message the message
	 * @param phoneE164 the sender, or {@code null} for {@value #DEFAULT_TEST_PHONE}
	 * @param channel the channel, or {@code null} for {@value #DEFAULT_TEST_CHANNEL}
	 * @param agentId the agent, or {@code null} for the project's default agent (not sent)
	 * @return the agent's answer
	 * @throws GeneralAugmentException on failure
	 */
	public AgentTestResult testAgent(String projectId, String message, @Nullable String phoneE164,
			@Nullable String channel, @Nullable String agentId) {
		String id = requireText(projectId, "projectId");
		ObjectNode body = this.mapper.createObjectNode()
			.put("message", requireText(message, "message"))
			.put("phone_e164", (phoneE164 != null) ? phoneE164 : DEFAULT_TEST_PHONE)
			.put("channel", (channel != null) ? channel : DEFAULT_TEST_CHANNEL);
		if (agentId != null) {
			body.put("agent_id", agentId);
		}
		JsonNode reply = execute(admin("testAgent", HttpMethod.POST, "/projects/{}/test", id).body(json(body)));
		return new AgentTestResult(object(reply, "testAgent"));
	}

	/**
	 * Send a hosted test message to the default project's agent.
	 * @param message the message
	 * @return the agent's answer
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public AgentTestResult testAgent(String message) {
		return testAgent(defaultProject(), message);
	}

	/**
	 * Turn an OpenAPI spec into agent tools with the {@linkplain OpenApiToolOptions#defaults() defaults}
	 * ({@code POST /api/v1/admin/projects/{id}/tools/from-openapi}).
	 * @param projectId the project id
	 * @param specUrl where the platform fetches the spec
	 * @return the generated tools
	 * @throws GeneralAugmentException on failure
	 */
	public OpenApiToolRegistration registerOpenAPITools(String projectId, String specUrl) {
		return registerOpenAPITools(projectId, specUrl, OpenApiToolOptions.defaults());
	}

	/**
	 * Turn an OpenAPI spec into agent tools.
	 * @param projectId the project id
	 * @param specUrl where the platform fetches the spec
	 * @param options paths, tool count, deployment and naming
	 * @return the generated tools
	 * @throws GeneralAugmentException on failure
	 */
	public OpenApiToolRegistration registerOpenAPITools(String projectId, String specUrl, OpenApiToolOptions options) {
		String id = requireText(projectId, "projectId");
		Objects.requireNonNull(options, "options");
		ObjectNode body = this.mapper.createObjectNode().put("spec_url", requireText(specUrl, "specUrl"));
		body.set("include_paths", this.mapper.valueToTree(options.includePaths()));
		body.set("exclude_paths", this.mapper.valueToTree(options.excludePaths()));
		body.put("target_count", options.targetCount()).put("auto_deploy", options.autoDeploy());
		if (options.namePrefix() != null) {
			body.put("name_prefix", options.namePrefix());
		}
		JsonNode reply = execute(
				admin("registerOpenAPITools", HttpMethod.POST, "/projects/{}/tools/from-openapi", id).body(json(body)));
		return new OpenApiToolRegistration(object(reply, "registerOpenAPITools"));
	}

	/**
	 * Turn an OpenAPI spec into tools of the default project.
	 * @param specUrl where the platform fetches the spec
	 * @param options paths, tool count, deployment and naming
	 * @return the generated tools
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public OpenApiToolRegistration registerOpenAPITools(String specUrl, OpenApiToolOptions options) {
		return registerOpenAPITools(defaultProject(), specUrl, options);
	}

	// Identity

	/**
	 * Link a phone number to an app user ({@code POST /api/v1/integrations/{id}/link-user}) with provider
	 * {@value #DEFAULT_PROVIDER_NAME}. The platform may send a verification code to the phone, so the call
	 * is never repeated after it may have reached the platform.
	 * @param projectId the project id
	 * @param phoneE164 the phone number in E.164 form
	 * @param providerUserId the app-owned user id
	 * @return the link or the pending verification
	 * @throws GeneralAugmentException on failure
	 */
	public UserLink linkUser(String projectId, String phoneE164, String providerUserId) {
		return linkUser(projectId, phoneE164, providerUserId, null, null);
	}

	/**
	 * Link a phone number to an app user of a given identity provider.
	 * @param projectId the project id
	 * @param phoneE164 the phone number in E.164 form
	 * @param providerUserId the app-owned user id
	 * @param providerName the identity provider, or {@code null} for {@value #DEFAULT_PROVIDER_NAME}
	 * @param metadata stored with the link, or {@code null} for none (sent as {@code {}})
	 * @return the link or the pending verification
	 * @throws GeneralAugmentException on failure
	 */
	public UserLink linkUser(String projectId, String phoneE164, String providerUserId, @Nullable String providerName,
			@Nullable Map<String, ?> metadata) {
		String id = requireText(projectId, "projectId");
		ObjectNode body = this.mapper.createObjectNode()
			.put("phone_e164", requireText(phoneE164, "phoneE164"))
			.put("provider_user_id", requireText(providerUserId, "providerUserId"))
			.put("provider_name", (providerName != null) ? providerName : DEFAULT_PROVIDER_NAME);
		body.set("metadata", this.mapper.valueToTree((metadata != null) ? metadata : Map.of()));
		JsonNode reply = execute(integration("linkUser", HttpMethod.POST, "/{}/link-user", id).body(json(body)));
		return new UserLink(object(reply, "linkUser"));
	}

	/**
	 * Link a phone number to an app user of the default project.
	 * @param phoneE164 the phone number in E.164 form
	 * @param providerUserId the app-owned user id
	 * @return the link or the pending verification
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public UserLink linkUser(String phoneE164, String providerUserId) {
		return linkUser(defaultProject(), phoneE164, providerUserId);
	}

	/**
	 * Find the app user linked to a phone number ({@code GET /api/v1/integrations/{id}/resolve/{phone}}).
	 * @param projectId the project id
	 * @param phoneE164 the phone number in E.164 form
	 * @return the link
	 * @throws GeneralAugmentException on failure (404 {@code not_found} when the phone is not linked)
	 */
	public UserLink resolveUser(String projectId, String phoneE164) {
		return resolveUser(projectId, phoneE164, null);
	}

	/**
	 * Find the app user of a given identity provider linked to a phone number.
	 * @param projectId the project id
	 * @param phoneE164 the phone number in E.164 form
	 * @param providerName the identity provider, or {@code null} for any (not sent)
	 * @return the link
	 * @throws GeneralAugmentException on failure (404 {@code not_found} when the phone is not linked)
	 */
	public UserLink resolveUser(String projectId, String phoneE164, @Nullable String providerName) {
		String id = requireText(projectId, "projectId");
		String phone = requireText(phoneE164, "phoneE164");
		JsonNode reply = execute(
				integration("resolveUser", HttpMethod.GET, "/{}/resolve/{}", id, phone).query("provider_name", providerName));
		return new UserLink(object(reply, "resolveUser"));
	}

	/**
	 * Find the app user linked to a phone number in the default project.
	 * @param phoneE164 the phone number in E.164 form
	 * @return the link
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public UserLink resolveUser(String phoneE164) {
		return resolveUser(defaultProject(), phoneE164);
	}

	/**
	 * Remove the link of a phone number ({@code DELETE /api/v1/integrations/{id}/unlink/{phone}}).
	 * @param projectId the project id
	 * @param phoneE164 the phone number in E.164 form
	 * @return whether a link was removed ({@code false} when there was none; {@code true} for an empty
	 * reply)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public boolean unlinkUser(String projectId, String phoneE164) {
		return unlinkUser(projectId, phoneE164, null);
	}

	/**
	 * Remove the link of a phone number for a given identity provider.
	 * @param projectId the project id
	 * @param phoneE164 the phone number in E.164 form
	 * @param providerName the identity provider, or {@code null} for the platform's default (not sent)
	 * @return whether a link was removed ({@code false} when there was none; {@code true} for an empty
	 * reply)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public boolean unlinkUser(String projectId, String phoneE164, @Nullable String providerName) {
		String id = requireText(projectId, "projectId");
		String phone = requireText(phoneE164, "phoneE164");
		JsonNode reply = execute(
				integration("unlinkUser", HttpMethod.DELETE, "/{}/unlink/{}", id, phone).query("provider_name", providerName));
		JsonNode unlinked = reply.get("unlinked");
		return unlinked == null || !unlinked.isBoolean() || unlinked.booleanValue();
	}

	/**
	 * Remove the link of a phone number in the default project.
	 * @param phoneE164 the phone number in E.164 form
	 * @return whether a link was removed
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public boolean unlinkUser(String phoneE164) {
		return unlinkUser(defaultProject(), phoneE164);
	}

	// Scheduled jobs

	/**
	 * Create a scheduled job ({@code POST /api/v1/admin/projects/{id}/scheduled-jobs}). Never repeated
	 * after it may have reached the platform, which would create a second job.
	 * @param projectId the project id
	 * @param request the job
	 * @return the created job
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJob createScheduledJob(String projectId, ScheduledJobRequest request) {
		String id = requireText(projectId, "projectId");
		Objects.requireNonNull(request, "request");
		JsonNode reply = execute(admin("createScheduledJob", HttpMethod.POST, "/projects/{}/scheduled-jobs", id)
			.body(json(request.toJson(this.mapper))));
		return new ScheduledJob(object(reply, "createScheduledJob"));
	}

	/**
	 * Create a scheduled job in the default project.
	 * @param request the job
	 * @return the created job
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJob createScheduledJob(ScheduledJobRequest request) {
		return createScheduledJob(defaultProject(), request);
	}

	/**
	 * List a project's scheduled jobs with the platform's default page (50).
	 * @param projectId the project id
	 * @return the jobs
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<ScheduledJob> listScheduledJobs(String projectId) {
		return listScheduledJobs(projectId, null, null, null, null);
	}

	/**
	 * List a project's scheduled jobs ({@code GET /api/v1/admin/projects/{id}/scheduled-jobs}).
	 * @param projectId the project id
	 * @param status only jobs in this status (e.g. {@code active}), or {@code null} for all
	 * @param targetAppUserId only jobs for this app user, or {@code null} for all
	 * @param limit the most jobs to return, 1 to 200, or {@code null} for the platform's default (50)
	 * @param offset how many to skip (at least 0), or {@code null} for none
	 * @return the jobs
	 * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<ScheduledJob> listScheduledJobs(String projectId, @Nullable String status,
			@Nullable String targetAppUserId, @Nullable Integer limit, @Nullable Integer offset) {
		String id = requireText(projectId, "projectId");
		JsonNode reply = execute(admin("listScheduledJobs", HttpMethod.GET, "/projects/{}/scheduled-jobs", id)
			.query("status", status)
			.query("target_app_user_id", targetAppUserId)
			.query("limit", within(limit, 1, 200, "limit"))
			.query("offset", atLeast(offset, 0, "offset")));
		return items(reply, "listScheduledJobs").stream().map(ScheduledJob::new).toList();
	}

	/**
	 * List the default project's scheduled jobs with the platform's default page.
	 * @return the jobs
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<ScheduledJob> listScheduledJobs() {
		return listScheduledJobs(defaultProject());
	}

	/**
	 * List the default project's scheduled jobs.
	 * @param status only jobs in this status, or {@code null} for all
	 * @param targetAppUserId only jobs for this app user, or {@code null} for all
	 * @param limit the most jobs to return, 1 to 200, or {@code null} for the platform's default
	 * @param offset how many to skip, or {@code null} for none
	 * @return the jobs
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<ScheduledJob> listScheduledJobs(@Nullable String status, @Nullable String targetAppUserId,
			@Nullable Integer limit, @Nullable Integer offset) {
		return listScheduledJobs(defaultProject(), status, targetAppUserId, limit, offset);
	}

	/**
	 * Read a scheduled job ({@code GET /api/v1/admin/projects/{id}/scheduled-jobs/{job}}).
	 * @param projectId the project id
	 * @param jobId the job id
	 * @return the job
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public ScheduledJob getScheduledJob(String projectId, String jobId) {
		return new ScheduledJob(object(execute(job("getScheduledJob", HttpMethod.GET, projectId, jobId, "")),
				"getScheduledJob"));
	}

	/**
	 * Read a scheduled job of the default project.
	 * @param jobId the job id
	 * @return the job
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public ScheduledJob getScheduledJob(String jobId) {
		return getScheduledJob(defaultProject(), jobId);
	}

	/**
	 * List a job's runs, newest first ({@code GET …/scheduled-jobs/{job}/runs}).
	 * @param projectId the project id
	 * @param jobId the job id
	 * @param limit the most runs to return, 1 to 100, or {@code null} for the platform's default (20)
	 * @return the runs
	 * @throws IllegalArgumentException when {@code limit} is out of range
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<ScheduledJobRun> listScheduledJobRuns(String projectId, String jobId, @Nullable Integer limit) {
		ApiRequest.Builder request = job("listScheduledJobRuns", HttpMethod.GET, projectId, jobId, "/runs")
			.query("limit", within(limit, 1, 100, "limit"));
		return items(execute(request), "listScheduledJobRuns").stream().map(ScheduledJobRun::new).toList();
	}

	/**
	 * List the runs of a job of the default project.
	 * @param jobId the job id
	 * @param limit the most runs to return, 1 to 100, or {@code null} for the platform's default
	 * @return the runs
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public List<ScheduledJobRun> listScheduledJobRuns(String jobId, @Nullable Integer limit) {
		return listScheduledJobRuns(defaultProject(), jobId, limit);
	}

	/**
	 * Run a job now ({@code POST …/scheduled-jobs/{job}/dispatch}). With a dispatch key the platform
	 * creates at most one run per key, so the call is retried after server errors; without one it is not.
	 * @param projectId the project id
	 * @param jobId the job id
	 * @param dispatchKey an idempotency key for this dispatch, or {@code null} for none (not sent)
	 * @param execute {@code true} to run the agent, {@code false} to only record a run (a smoke test)
	 * @return the run
	 * @throws IllegalArgumentException when an id or the dispatch key is blank
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJobRun dispatchScheduledJob(String projectId, String jobId, @Nullable String dispatchKey,
			boolean execute) {
		if (dispatchKey != null) {
			requireText(dispatchKey, "dispatchKey");
		}
		ObjectNode body = this.mapper.createObjectNode();
		if (dispatchKey != null) {
			body.put("dispatch_key", dispatchKey);
		}
		body.put("execute", execute);
		JsonNode reply = execute(job("dispatchScheduledJob", HttpMethod.POST, projectId, jobId, "/dispatch")
			.body(json(body))
			.safety((dispatchKey != null) ? RetrySafety.IDEMPOTENT : RetrySafety.UNSAFE));
		JsonNode run = reply.get("run");
		return new ScheduledJobRun((run != null && run.isObject()) ? run : object(reply, "dispatchScheduledJob"));
	}

	/**
	 * Run a job of the default project now.
	 * @param jobId the job id
	 * @param dispatchKey an idempotency key for this dispatch, or {@code null} for none
	 * @param execute {@code true} to run the agent, {@code false} to only record a run
	 * @return the run
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJobRun dispatchScheduledJob(String jobId, @Nullable String dispatchKey, boolean execute) {
		return dispatchScheduledJob(defaultProject(), jobId, dispatchKey, execute);
	}

	/**
	 * Stop a job from running until it is resumed ({@code POST …/scheduled-jobs/{job}/pause}).
	 * @param projectId the project id
	 * @param jobId the job id
	 * @return the job (an empty view when the platform answers without a body)
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJob pauseScheduledJob(String projectId, String jobId) {
		return new ScheduledJob(object(execute(job("pauseScheduledJob", HttpMethod.POST, projectId, jobId, "/pause")),
				"pauseScheduledJob"));
	}

	/**
	 * Pause a job of the default project.
	 * @param jobId the job id
	 * @return the job
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJob pauseScheduledJob(String jobId) {
		return pauseScheduledJob(defaultProject(), jobId);
	}

	/**
	 * Let a paused job run again ({@code POST …/scheduled-jobs/{job}/resume}).
	 * @param projectId the project id
	 * @param jobId the job id
	 * @return the job, with its next run computed again (an empty view when the platform answers without
	 * a body)
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJob resumeScheduledJob(String projectId, String jobId) {
		return new ScheduledJob(object(execute(job("resumeScheduledJob", HttpMethod.POST, projectId, jobId, "/resume")),
				"resumeScheduledJob"));
	}

	/**
	 * Resume a job of the default project.
	 * @param jobId the job id
	 * @return the job
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure
	 */
	public ScheduledJob resumeScheduledJob(String jobId) {
		return resumeScheduledJob(defaultProject(), jobId);
	}

	/**
	 * Cancel a job for good ({@code DELETE …/scheduled-jobs/{job}}); its run history is kept.
	 * @param projectId the project id
	 * @param jobId the job id
	 * @return the cancelled job (an empty view when the platform answers 204)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public ScheduledJob deleteScheduledJob(String projectId, String jobId) {
		return new ScheduledJob(object(execute(job("deleteScheduledJob", HttpMethod.DELETE, projectId, jobId, "")),
				"deleteScheduledJob"));
	}

	/**
	 * Cancel a job of the default project.
	 * @param jobId the job id
	 * @return the cancelled job
	 * @throws IllegalStateException when no default project is set
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public ScheduledJob deleteScheduledJob(String jobId) {
		return deleteScheduledJob(defaultProject(), jobId);
	}

	// Escape hatches

	/**
	 * Call any admin route the SDK does not model, with the admin key and the SDK's retries.
	 * @param method the HTTP method; GET, PUT and DELETE are retried after server errors, others only when
	 * the request certainly did not reach the platform
	 * @param path the path under {@code /api/v1/admin}, already percent-encoded, e.g. {@code /projects}
	 * @param body the JSON body (a {@link JsonNode}, a {@link Map} or an object the client's mapper can
	 * serialise; use snake_case names), or {@code null} for none
	 * @param query query parameters; {@code null} values are left out
	 * @return the reply's JSON ({@link tools.jackson.databind.node.MissingNode} for an empty reply)
	 * @throws GeneralAugmentException on failure
	 */
	public JsonNode adminRequest(HttpMethod method, String path, @Nullable Object body,
			@Nullable Map<String, ?> query) {
		return rawRequest("adminRequest", ADMIN, method, path, body, query);
	}

	/**
	 * Call any integrations route the SDK does not model, with the admin key and the SDK's retries.
	 * @param method the HTTP method; GET, PUT and DELETE are retried after server errors, others only when
	 * the request certainly did not reach the platform
	 * @param path the path under {@code /api/v1/integrations}, already percent-encoded
	 * @param body the JSON body (a {@link JsonNode}, a {@link Map} or an object the client's mapper can
	 * serialise; use snake_case names), or {@code null} for none
	 * @param query query parameters; {@code null} values are left out
	 * @return the reply's JSON ({@link tools.jackson.databind.node.MissingNode} for an empty reply)
	 * @throws GeneralAugmentException on failure
	 */
	public JsonNode integrationRequest(HttpMethod method, String path, @Nullable Object body,
			@Nullable Map<String, ?> query) {
		return rawRequest("integrationRequest", INTEGRATIONS, method, path, body, query);
	}

	private JsonNode rawRequest(String operation, String prefix, HttpMethod method, String path,
			@Nullable Object body, @Nullable Map<String, ?> query) {
		Objects.requireNonNull(method, "method");
		String relative = requireText(path, "path").startsWith("/") ? path : "/" + path;
		if (relative.indexOf('?') >= 0 || relative.indexOf('#') >= 0) {
			throw new IllegalArgumentException("path must not carry a query or fragment; pass query parameters in the map");
		}
		ApiRequest.Builder request = ApiRequest.builder(operation, method, prefix + relative);
		if (query != null) {
			query.forEach(request::query);
		}
		if (body != null) {
			request.body(json((body instanceof JsonNode node) ? node : this.mapper.valueToTree(body)));
		}
		return execute(request);
	}

	// Plumbing

	private ApiRequest.Builder admin(String operation, HttpMethod method, String path, String... segments) {
		return ApiRequest.builder(operation, method, ADMIN + path, segments);
	}

	private ApiRequest.Builder integration(String operation, HttpMethod method, String path, String... segments) {
		return ApiRequest.builder(operation, method, INTEGRATIONS + path, segments);
	}

	private ApiRequest.Builder job(String operation, HttpMethod method, String projectId, String jobId,
			String suffix) {
		return admin(operation, method, "/projects/{}/scheduled-jobs/{}" + suffix, requireText(projectId, "projectId"),
				requireText(jobId, "jobId"));
	}

	private JsonNode execute(ApiRequest.Builder request) {
		if (this.options != RequestOptions.none()) {
			request.headers(this.options.headers()).timeout(this.options.timeout());
		}
		return this.transport.execute(request.build());
	}

	private byte[] json(JsonNode body) {
		return this.transport.writeJson(body);
	}

	private ObjectNode configBody(String yamlContent, @Nullable String soulContent, @Nullable List<String> skills) {
		ObjectNode body = this.mapper.createObjectNode().put("yaml_content", requireText(yamlContent, "yamlContent"));
		if (soulContent != null) {
			body.put("soul_content", soulContent);
		}
		body.set("skills", this.mapper.valueToTree((skills != null) ? skills : List.of()));
		return body;
	}

	/** An empty reply (204) reads as an empty object, so every accessor of the view answers "absent". */
	private JsonNode object(JsonNode reply, String operation) {
		if (reply.isMissingNode() || reply.isNull()) {
			return this.mapper.createObjectNode();
		}
		if (!reply.isObject()) {
			throw Replies.malformed(operation, "without a JSON object");
		}
		return reply;
	}

	/** List replies are {@code {items: [...]}}; a bare array is accepted too. */
	private static List<JsonNode> items(JsonNode reply, String operation) {
		JsonNode items = reply.isArray() ? reply : reply.get("items");
		if (items == null || items.isNull()) {
			return List.of();
		}
		if (!items.isArray()) {
			throw Replies.malformed(operation, "without an items list");
		}
		List<JsonNode> objects = new ArrayList<>(items.size());
		items.forEach((item) -> {
			if (item.isObject()) {
				objects.add(item);
			}
		});
		return objects;
	}

	private String defaultProject() {
		if (this.defaultProjectId == null) {
			throw new IllegalStateException("No default project: set AdminClient.builder().projectId(...) "
					+ "(e.g. from GENAUG_PROJECT_ID) or pass the project id to this method");
		}
		return this.defaultProjectId;
	}

	private static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	private static @Nullable Integer atLeast(@Nullable Integer value, int min, String name) {
		if (value != null && value < min) {
			throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
		}
		return value;
	}

	private static @Nullable Integer within(@Nullable Integer value, int min, int max, String name) {
		if (value != null && (value < min || value > max)) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	@Override
	public String toString() {
		return "AdminClient{baseUrl=" + baseUrl() + ", defaultProjectId=" + this.defaultProjectId + "}";
	}

	/**
	 * Builder of {@link AdminClient}.
	 */
	public static final class Builder extends ClientBuilderSupport<Builder> {

		private @Nullable String adminKey;

		private @Nullable String projectId;

		private Builder() {
		}

		/**
		 * The management (admin) key (required), sent as {@code X-Admin-Key}, never as a Bearer token. Keep
		 * it on the server.
		 * @param adminKey the key
		 * @return this builder
		 */
		public Builder adminKey(@Nullable String adminKey) {
			this.adminKey = adminKey;
			return this;
		}

		/**
		 * The project used by the methods called without a project id, e.g. from {@code GENAUG_PROJECT_ID}.
		 * Default: none (those methods then fail with {@link IllegalStateException}).
		 * @param projectId the project id; {@code null} or blank (an unset environment variable) for none
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException when the key is blank or a setting is invalid
		 */
		public AdminClient build() {
			String key = requireKey(this.adminKey, "adminKey", "GENAUG_ADMIN_API_KEY");
			String project = (this.projectId != null && !this.projectId.isBlank()) ? this.projectId.strip() : null;
			return new AdminClient(buildTransport("X-Admin-Key", key), mapper(), project, RequestOptions.none());
		}

	}

}
