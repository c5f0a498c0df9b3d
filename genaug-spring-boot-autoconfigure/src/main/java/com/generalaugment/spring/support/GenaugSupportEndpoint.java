package com.generalaugment.spring.support;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.spring.health.GenaugApiProbe;
import com.generalaugment.spring.support.GenaugRecentCalls.RecentCall;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;

/**
 * The {@code genaug} Actuator endpoint ({@code GET /actuator/genaug}): the support evidence the platform asks
 * teams to keep next to each release, so that support can tell client-version drift from platform behaviour.
 * It reports the SDK, Java and Spring Boot versions; the API's base URL, readiness and build as seen by the
 * health indicator's {@link GenaugApiProbe} (cached, so reading the endpoint does not hammer the platform);
 * the application's name, build and commit; the clients' settings; the latest calls with their ids; and the
 * last verify report. Never a key (only whether one is configured), a prompt or an output.
 *
 * <p>{@code POST /actuator/genaug/verify} (optional body {@code {"project": "<id, slug or name>"}}, default the
 * admin client's project) runs the platform's verify checks and answers the report. It makes billed calls on
 * a real platform and writes a memory fact: secure it like any write operation.
 */
@Endpoint(id = "genaug")
public class GenaugSupportEndpoint {

	private final Sdk sdk = Sdk.current();

	private final App app;

	private final Clients clients;

	private final @Nullable GenaugApiProbe probe;

	private final GenaugRecentCalls recentCalls;

	private final @Nullable GenaugVerification verification;

	/**
	 * Create the endpoint.
	 * @param app the application's identity
	 * @param clients the clients' settings
	 * @param probe the probe of the platform's readiness, {@code null} when there is none (no client is
	 * configured, or Spring Boot's health support is absent): the API is then reported as {@code UNKNOWN}
	 * @param recentCalls the latest calls
	 * @param verification runs verify, or {@code null} when there is no admin client to run it with
	 */
	public GenaugSupportEndpoint(App app, Clients clients, @Nullable GenaugApiProbe probe,
			GenaugRecentCalls recentCalls, @Nullable GenaugVerification verification) {
		this.app = app;
		this.clients = clients;
		this.probe = probe;
		this.recentCalls = recentCalls;
		this.verification = verification;
	}

	/**
	 * The support report. Probes the platform when the probe's cached result has expired, so it can take up
	 * to the probe timeout ({@code genaug.health.timeout}).
	 * @return the report
	 */
	@ReadOperation
	public SupportDescriptor support() {
		return new SupportDescriptor(this.sdk, api(), this.app, this.clients, this.recentCalls.calls(),
				(this.verification != null) ? this.verification.last() : null);
	}

	/**
	 * Run an action; the only one is {@code verify}: the platform's verify checks against a project.
	 * @param action the action, {@code verify}
	 * @param project the project's id, slug or name, or {@code null} for the admin client's default project
	 * @return the outcome, with the report or why the run stopped early
	 */
	@WriteOperation
	public GenaugVerification.Outcome run(@Selector String action, @Nullable String project) {
		if (!"verify".equals(action)) {
			throw new InvalidEndpointRequestException("Unknown action '" + action + "': the only action is verify",
					"Unknown action");
		}
		if (this.verification == null) {
			throw new InvalidEndpointRequestException("Verify needs the admin client: set genaug.admin.api-key",
					"No admin client");
		}
		try {
			return this.verification.verify(project);
		}
		catch (IllegalStateException ex) {
			throw new InvalidEndpointRequestException(String.valueOf(ex.getMessage()), "Cannot verify");
		}
	}

	private Api api() {
		if (this.probe == null) {
			String baseUrl = (this.clients.project().baseUrl() != null) ? this.clients.project().baseUrl()
					: this.clients.admin().baseUrl();
			String reason = (baseUrl != null)
					? "no GenaugApiProbe bean (the health auto-configuration needs spring-boot-health)"
					: "no client is configured";
			return new Api(baseUrl, "UNKNOWN", null, null, null, null, null, null, null, "not probed: " + reason);
		}
		GenaugApiProbe.Result result = this.probe.current();
		return new Api(result.baseUrl(), result.up() ? "UP" : "DOWN", result.apiBuild(), result.apiVersion(),
				result.apiBuildSha(), result.db(), result.redis(), result.lastReachedAt(), result.checkedAt(),
				result.error());
	}

	/**
	 * The whole report.
	 *
	 * @param sdk the SDK and its runtime
	 * @param api the platform as last probed
	 * @param app this application
	 * @param clients the clients' settings
	 * @param recent the latest calls, newest first
	 * @param lastVerification the last verify run's outcome, {@code null} before the first
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SupportDescriptor(Sdk sdk, Api api, App app, Clients clients, List<RecentCall> recent,
			GenaugVerification.@Nullable Outcome lastVerification) implements OperationResponseBody {

	}

	/**
	 * The SDK and its runtime.
	 *
	 * @param version the SDK version ({@link GeneralAugment#VERSION})
	 * @param java the Java version
	 * @param springBoot the Spring Boot version, when known
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Sdk(String version, String java, @Nullable String springBoot) {

		static Sdk current() {
			return new Sdk(GeneralAugment.VERSION, System.getProperty("java.version"), SpringBootVersion.getVersion());
		}

	}

	/**
	 * The platform as last probed on {@code /health/ready}.
	 *
	 * @param baseUrl the probed base URL
	 * @param status {@code UP}, {@code DOWN}, or {@code UNKNOWN} when there is no probe
	 * @param build the API's build identity in one line, as the health indicator's {@code apiBuild}
	 * @param version the API's {@code version}, when it reports one
	 * @param buildSha the API's {@code build_sha}, when it reports one
	 * @param db the database's state as the API reports it
	 * @param redis the Redis state as the API reports it
	 * @param lastReachedAt when a probe last found the API up
	 * @param checkedAt when the reported probe ran
	 * @param error why the API is not up
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Api(@Nullable String baseUrl, String status, @Nullable String build, @Nullable String version,
			@Nullable String buildSha, @Nullable String db, @Nullable String redis, @Nullable Instant lastReachedAt,
			@Nullable Instant checkedAt, @Nullable String error) {

	}

	/**
	 * This application, from {@code spring.application.name} and Spring Boot's {@link BuildProperties} and
	 * {@link GitProperties} (generated by the build plugins) when present.
	 *
	 * @param name the application name
	 * @param build the build, when {@code META-INF/build-info.properties} exists
	 * @param commit the commit, when {@code git.properties} exists
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record App(@Nullable String name, @Nullable Build build, @Nullable Commit commit) {

		/**
		 * Describe an application.
		 * @param name the application name, if set
		 * @param build the build properties, if present
		 * @param git the git properties, if present
		 * @return the description
		 */
		public static App of(@Nullable String name, @Nullable BuildProperties build, @Nullable GitProperties git) {
			return new App(name,
					(build != null) ? new Build(build.getGroup(), build.getArtifact(), build.getVersion(), build.getTime())
							: null,
					(git != null) ? new Commit(git.getCommitId(), git.getBranch(), git.getCommitTime()) : null);
		}

	}

	/**
	 * The application's build.
	 *
	 * @param group the group id
	 * @param artifact the artifact id
	 * @param version the version
	 * @param time when it was built
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Build(@Nullable String group, @Nullable String artifact, @Nullable String version,
			@Nullable Instant time) {

	}

	/**
	 * The application's commit.
	 *
	 * @param id the commit SHA
	 * @param branch the branch
	 * @param time when it was committed
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Commit(@Nullable String id, @Nullable String branch, @Nullable Instant time) {

	}

	/**
	 * The clients' settings.
	 *
	 * @param project the project client ({@link GeneralAugmentClient})
	 * @param admin the admin client ({@link AdminClient})
	 * @param mock whether both clients talk to the embedded mock ({@code genaug.mock.enabled})
	 * @param proxy the mobile proxy
	 */
	public record Clients(Client project, Client admin, boolean mock, Proxy proxy) {

		/**
		 * Describe the clients.
		 * @param project the project client bean, if any
		 * @param projectKeyConfigured whether {@code genaug.api-key} is set
		 * @param admin the admin client bean, if any
		 * @param adminKeyConfigured whether {@code genaug.admin.api-key} is set
		 * @param mock whether the embedded mock serves the clients
		 * @param proxy the proxy's settings ({@link Proxy#disabled()} when it is not active)
		 * @return the description
		 */
		public static Clients of(@Nullable GeneralAugmentClient project, boolean projectKeyConfigured,
				@Nullable AdminClient admin, boolean adminKeyConfigured, boolean mock,
				Proxy proxy) {
			Client projectClient = (project != null) ? new Client(true, projectKeyConfigured, project.baseUrl(),
					project.timeout().toMillis(), project.maxRetries()) : Client.absent(projectKeyConfigured);
			Client adminClient = (admin != null) ? new Client(true, adminKeyConfigured, admin.baseUrl(),
					admin.timeout().toMillis(), admin.maxRetries()) : Client.absent(adminKeyConfigured);
			return new Clients(projectClient, adminClient, mock, proxy);
		}

	}

	/**
	 * One client's settings.
	 *
	 * @param configured whether the client bean exists
	 * @param apiKeyConfigured whether its key property is set (never the key itself)
	 * @param baseUrl the base URL it calls
	 * @param timeoutMs the timeout of one attempt, in milliseconds ({@code 0}: none)
	 * @param maxRetries how many times a failed call is retried
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Client(boolean configured, boolean apiKeyConfigured, @Nullable String baseUrl,
			@Nullable Long timeoutMs, @Nullable Integer maxRetries) {

		static Client absent(boolean apiKeyConfigured) {
			return new Client(false, apiKeyConfigured, null, null, null);
		}

	}

	/**
	 * The mobile proxy's settings ({@code genaug.proxy.*}); only {@code enabled} when it is off.
	 *
	 * @param enabled whether the proxy endpoint is active
	 * @param path its path
	 * @param model the model tier sent upstream by default
	 * @param allowedModels the model tiers a client may choose
	 * @param maxBodyBytes the largest accepted request body, in bytes
	 * @param maxInputChars the most characters of input text
	 * @param maxConcurrentStreamsPerUser the most open streams per user ({@code 0}: no cap)
	 * @param streamTimeoutMs the longest a stream may stay open, in milliseconds
	 * @param requestsPerMinute the per-user rate limit ({@code 0}: off)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Proxy(boolean enabled, @Nullable String path, @Nullable String model,
			@Nullable List<String> allowedModels, @Nullable Long maxBodyBytes, @Nullable Integer maxInputChars,
			@Nullable Integer maxConcurrentStreamsPerUser, @Nullable Long streamTimeoutMs,
			@Nullable Integer requestsPerMinute) {

		/**
		 * The description of a proxy that is not active.
		 * @return the description
		 */
		public static Proxy disabled() {
			return new Proxy(false, null, null, null, null, null, null, null, null);
		}

	}

}
