package com.generalaugment.client;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import com.generalaugment.client.admin.ApiHealth;
import com.generalaugment.client.admin.ApiKeyService;
import com.generalaugment.client.admin.KeyIdentity;
import com.generalaugment.client.admin.ProjectScope;
import com.generalaugment.client.admin.ProjectService;
import com.generalaugment.client.admin.ToolRegistryService;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.client.internal.Checks;
import com.generalaugment.client.internal.http.ApiRequest;
import com.generalaugment.client.internal.http.Transport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The General Augment client for setup and operations, authenticated with a management (admin) key
 * sent as {@code X-Admin-Key}, one service per resource: {@link #projects()} (list, get, create from a
 * configuration), {@link #keys()} (API keys), {@link #tools()} (the tool registry), {@link #me()} (the key's
 * identity), {@link #health()} (the API's readiness and build), and {@link #project(String)} for
 * everything scoped to one project — its configuration, settings, integration prompt, usage, hosted test
 * calls, OpenAPI tools, identity links, scheduled jobs, runtime policy, SOUL, skills, logs, runs,
 * observability, channel status, tool-call audit and {@linkplain ProjectScope#verify verify report}.
 *
 * <pre>{@code
 * AdminClient admin = AdminClient.builder()
 *     .adminKey(System.getenv("GENAUG_ADMIN_API_KEY"))
 *     .projectId(System.getenv("GENAUG_PROJECT_ID"))   // optional default project: admin.project()
 *     .build();
 * ProjectUsage usage = admin.project().usage(UsageParams.builder()
 *     .startDate(LocalDate.of(2026, 4, 1)).endDate(LocalDate.of(2026, 4, 24)).build());
 * ScheduledJob job = admin.project().scheduledJobs().create(ScheduledJobCreateParams.builder()
 *     .targetAppUserId("app-user-123")
 *     .prompt("Review this account and summarize the next action.")
 *     .schedule(Schedule.interval(Duration.ofHours(1)))
 *     .build());
 * }</pre>
 *
 * <p>Parameters are checked when they are built, before any request (blank ids and out-of-range limits
 * raise {@link IllegalArgumentException}).
 *
 * <p>Retries: reads, {@code PUT} and {@code DELETE} are retried after server errors; calls with side
 * effects (creating a job, a billed test call, linking a user, which sends a code to a phone, creating or
 * updating a project, registering tools, pausing or resuming) only when the request certainly did not
 * reach the platform or was refused with 429. A dispatch with a dispatch key is safe to repeat.
 *
 * <p>Immutable and thread-safe: build one and share it. Keep the admin key on the server. Every failure
 * is a {@link GeneralAugmentException}; switch on its {@code reason()}.
 */
public final class AdminClient {

	private final Transport transport;

	private final AdminCalls calls;

	private final @Nullable String defaultProjectId;

	private AdminClient(Transport transport, AdminCalls calls, @Nullable String defaultProjectId) {
		this.transport = transport;
		this.calls = calls;
		this.defaultProjectId = defaultProjectId;
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
	 * The sender this client's calls go out on: the one given to the builder, else
	 * {@link JdkHttpSender#shared()}. For requests that should take the same route — proxy, TLS, the
	 * application's interceptors — as the client's own, such as the starter's health probe; sending
	 * through it bypasses the client's key, retries and deadline.
	 * @return the sender
	 */
	public HttpSender httpSender() {
		return this.transport.sender();
	}

	/** @return the project {@link #project()} scopes to, or {@code null} when none is set */
	public @Nullable String defaultProjectId() {
		return this.defaultProjectId;
	}

	/**
	 * A view of this client whose calls all carry the options — a request id, W3C trace context, extra
	 * headers, a timeout of its own (a call's own options win field by field). It shares this client's
	 * connections and settings and costs nothing to make, so make one per operation:
	 *
	 * <pre>{@code
	 * admin.withOptions(RequestOptions.builder().requestId("req_deploy_42").timeout(Duration.ofMinutes(3)).build())
	 *     .project().config().deployFile(Path.of("genaug.yaml"));
	 * }</pre>
	 * @param options the options
	 * @return a client that sends them
	 * @throws IllegalArgumentException when the options carry an idempotency key: the platform reads
	 * {@code X-Idempotency-Key} on responses only, so an admin call would silently ignore it (a dispatch
	 * takes its key as {@code dispatchKey})
	 */
	public AdminClient withOptions(RequestOptions options) {
		return new AdminClient(this.transport, this.calls.withOptions(options), this.defaultProjectId);
	}

	/** @return projects as a collection: list, get, create from a configuration */
	public ProjectService projects() {
		return new ProjectServiceImpl(this.calls);
	}

	/** @return the account's API keys: list, create, update, revoke */
	public ApiKeyService keys() {
		return new ApiKeyServiceImpl(this.calls);
	}

	/** @return the platform's tool registry */
	public ToolRegistryService tools() {
		return new ToolRegistryServiceImpl(this.calls);
	}

	/**
	 * Who this client's key is: its authentication method and the projects it reaches.
	 * @return the key's identity
	 * @throws GeneralAugmentException on failure
	 */
	public KeyIdentity me() {
		return me(RequestOptions.none());
	}

	/**
	 * Who this client's key is, with options for this call.
	 * @param options the options
	 * @return the key's identity
	 * @throws GeneralAugmentException on failure
	 */
	public KeyIdentity me(RequestOptions options) {
		return new KeyIdentity(this.calls.object(this.calls.execute(this.calls.admin("me", HttpMethod.GET, "/me"), options),
				"me"));
	}

	/**
	 * The API's readiness ({@code GET /health/ready}, no credentials needed): its status, version,
	 * {@code build_sha} and dependency states — the API's identity in a release's evidence.
	 * @return the health reply
	 * @throws GeneralAugmentException on failure, including a 503 when the API is not ready
	 */
	public ApiHealth health() {
		return health(RequestOptions.none());
	}

	/**
	 * The API's readiness, with options for this call.
	 * @param options the options
	 * @return the health reply
	 * @throws GeneralAugmentException on failure
	 */
	public ApiHealth health(RequestOptions options) {
		JsonNode reply = this.calls.execute(ApiRequest.builder("health", HttpMethod.GET, "/health/ready"), options);
		return new ApiHealth(this.calls.object(reply, "health"));
	}

	/**
	 * Everything scoped to one project.
	 * @param projectId the project id
	 * @return the project's services
	 * @throws IllegalArgumentException when the id is blank
	 */
	public ProjectScope project(String projectId) {
		return new ProjectScopeImpl(this, this.calls, projectId);
	}

	/**
	 * Everything scoped to the {@linkplain Builder#projectId(String) default project}.
	 * @return the project's services
	 * @throws IllegalStateException when no default project is set (nothing is sent)
	 */
	public ProjectScope project() {
		if (this.defaultProjectId == null) {
			throw new IllegalStateException("No default project: set AdminClient.builder().projectId(...) "
					+ "(e.g. from GENAUG_PROJECT_ID) or call admin.project(projectId)");
		}
		return project(this.defaultProjectId);
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
		return rawRequest("adminRequest", AdminCalls.ADMIN, method, path, body, query);
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
		return rawRequest("integrationRequest", AdminCalls.INTEGRATIONS, method, path, body, query);
	}

	private JsonNode rawRequest(String operation, String prefix, HttpMethod method, String path,
			@Nullable Object body, @Nullable Map<String, ?> query) {
		Objects.requireNonNull(method, "method");
		String relative = Checks.requireText(path, "path").startsWith("/") ? path : "/" + path;
		if (relative.indexOf('?') >= 0 || relative.indexOf('#') >= 0) {
			throw new IllegalArgumentException("path must not carry a query or fragment; pass query parameters in the map");
		}
		ApiRequest.Builder request = ApiRequest.builder(operation, method, prefix + relative);
		if (query != null) {
			query.forEach(request::query);
		}
		if (body != null) {
			request.body(this.calls.json((body instanceof JsonNode node) ? node : this.calls.mapper.valueToTree(body)));
		}
		return this.calls.execute(request, RequestOptions.none());
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
			Transport transport = buildTransport("X-Admin-Key", key);
			return new AdminClient(transport, new AdminCalls(transport, mapper(), RequestOptions.none()), project);
		}

	}

}
