package com.generalaugment.client.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.HttpMethod;
import com.generalaugment.client.error.ApiErrorException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Errors of admin routes (contract §5) and which admin calls may be repeated after a server error.
 */
class AdminErrorAndRetryTests extends AdminTestSupport {

	private static final String JOBS = "/api/v1/admin/projects/proj%2F1/scheduled-jobs";

	private static final ScheduledJobCreateParams JOB = ScheduledJobCreateParams.builder()
		.targetAppUserId("app-user-123")
		.prompt("Check in.")
		.schedule(Schedule.interval(3600))
		.build();

	private AdminClient retryingClient() {
		return builder().maxRetries(2).build();
	}

	@ParameterizedTest
	@CsvSource({ "401, unauthorized, invalid_admin_api_key", "403, forbidden, admin_scope_required",
			"404, not_found, not_found" })
	void adminErrorsCarryStatusReasonAndRequestId(int status, String code, String reason) {
		stub(get("/api/v1/admin/projects/proj%2F1").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-ID", "req_admin_" + status)
			.withBody("{\"detail\": {\"code\": \"" + code + "\", \"reason\": \"" + reason
					+ "\", \"message\": \"Nope\"}}")));

		ApiErrorException ex = catchThrowableOfType(ApiErrorException.class, () -> client().projects().get("proj/1"));

		assertThat(ex.status()).isEqualTo(status);
		assertThat(ex.reason()).isEqualTo(reason);
		assertThat(ex.code()).isEqualTo(code);
		assertThat(ex.requestId()).isEqualTo("req_admin_" + status);
		assertThat(ex.getMessage()).doesNotContain(ADMIN_KEY);
		verify(1, getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1")));
	}

	@Test
	void rateLimitedAdminCallCarriesRetryAfterAndRateLimitHeaders() {
		stub(get("/api/v1/admin/projects/proj%2F1/usage").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("Retry-After", "3")
			.withHeader("X-RateLimit-Limit", "60")
			.withHeader("X-RateLimit-Remaining", "0")
			.withHeader("X-RateLimit-Reset", "30")
			.withHeader("X-RateLimit-Policy", "60;w=60")
			.withHeader("X-Request-ID", "req_rl_1")
			.withBody("""
					{"detail": {"code": "rate_limited", "reason": "admin_api_key_rate_limit_exceeded",
					            "message": "Too many admin calls"}}
					""")));

		ApiErrorException ex = catchThrowableOfType(ApiErrorException.class,
				() -> builder().maxRetries(0).build().project("proj/1").usage(UsageParams.builder().startDate(null).endDate(null).build()));

		assertThat(ex.status()).isEqualTo(429);
		assertThat(ex.reason()).isEqualTo("admin_api_key_rate_limit_exceeded");
		assertThat(ex.code()).isEqualTo("rate_limited");
		assertThat(ex.requestId()).isEqualTo("req_rl_1");
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(3));
		assertThat(ex.rateLimit().limit()).isEqualTo(60);
		assertThat(ex.rateLimit().remaining()).isZero();
		assertThat(ex.rateLimit().reset()).isEqualTo("30");
		assertThat(ex.rateLimit().policy()).isEqualTo("60;w=60");
	}

	@Test
	void doesNotRetryUnsafeCreateScheduledJobOn503() {
		stub(post(JOBS).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> retryingClient().project("proj/1").scheduledJobs().create(JOB))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.status()).isEqualTo(503));

		verify(1, postRequestedFor(urlEqualTo(JOBS)));
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void doesNotRetryBilledTestAgentOn503() {
		stub(post("/api/v1/admin/projects/proj%2F1/test").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> retryingClient().project("proj/1").agent().test("Hi")).isInstanceOf(ApiErrorException.class);

		verify(1, postRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1/test")));
	}

	@Test
	void doesNotRetryLinkUserOn503() {
		stub(post("/api/v1/integrations/proj%2F1/link-user").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> retryingClient().project("proj/1").identity().link(UserLinkParams.builder().phoneE164("+15551234567").providerUserId("app-user-123").build()))
			.isInstanceOf(ApiErrorException.class);

		verify(1, postRequestedFor(urlEqualTo("/api/v1/integrations/proj%2F1/link-user")));
	}

	@Test
	void doesNotRetryDispatchWithoutADispatchKeyOn503() {
		stub(post(JOBS + "/job_1/dispatch").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> retryingClient().project("proj/1").scheduledJobs().dispatch("job_1", ScheduledJobDispatchParams.builder().dispatchKey(null).execute(true).build()))
			.isInstanceOf(ApiErrorException.class);

		verify(1, postRequestedFor(urlEqualTo(JOBS + "/job_1/dispatch")));
	}

	@Test
	void retriesGetProjectOn503() {
		stub(get("/api/v1/admin/projects/proj%2F1").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> retryingClient().projects().get("proj/1")).isInstanceOf(ApiErrorException.class);

		verify(3, getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj%2F1")));
		assertThat(this.sleeps).hasSize(2);
	}

	@Test
	void retriesDispatchWithADispatchKeyOn503() {
		stub(post(JOBS + "/job_1/dispatch").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> retryingClient().project("proj/1").scheduledJobs().dispatch("job_1", ScheduledJobDispatchParams.builder().dispatchKey("operator-smoke-1").execute(false).build()))
			.isInstanceOf(ApiErrorException.class);

		verify(3, postRequestedFor(urlEqualTo(JOBS + "/job_1/dispatch")));
	}

	@Test
	void rateLimitedUnsafeCallIsRetriedBecauseThePlatformRefusedIt() {
		stub(post(JOBS).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

		assertThatThrownBy(() -> retryingClient().project("proj/1").scheduledJobs().create(JOB)).isInstanceOf(ApiErrorException.class);

		verify(3, postRequestedFor(urlEqualTo(JOBS)));
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	static Stream<Arguments> invalidCalls() {
		return Stream.of(invalid("getProject with a blank id", "projectId", (c) -> c.projects().get(" ")),
				invalid("listProjects with limit 0", "limit", (c) -> c.projects().list(ProjectListParams.builder().limit(0).offset(null).build())),
				invalid("listProjects with offset -1", "offset", (c) -> c.projects().list(ProjectListParams.builder().limit(null).offset(-1).build())),
				invalid("listScheduledJobs with limit 201", "limit",
						(c) -> c.project("proj/1").scheduledJobs().list(ScheduledJobListParams.builder().status(null).targetAppUserId(null).limit(201).offset(null).build())),
				invalid("listScheduledJobRuns with limit 101", "limit",
						(c) -> c.project("proj/1").scheduledJobs().runs("job_1", ScheduledJobRunListParams.builder().limit(101).build())),
				invalid("getScheduledJob with a blank job id", "jobId", (c) -> c.project("proj/1").scheduledJobs().get("")),
				invalid("dispatch with a blank dispatch key", "dispatchKey",
						(c) -> c.project("proj/1").scheduledJobs().dispatch("job_1", ScheduledJobDispatchParams.builder().dispatchKey(" ").execute(true).build())),
				invalid("resolveUser with a blank phone", "phoneE164", (c) -> c.project("proj/1").identity().resolve("")),
				invalid("linkUser with a blank app user", "providerUserId",
						(c) -> c.project("proj/1").identity().link(UserLinkParams.builder().phoneE164("+15551234567").providerUserId(" ").build())),
				invalid("testAgent with a blank message", "message", (c) -> c.project("proj/1").agent().test("")),
				invalid("registerOpenAPITools with a blank spec URL", "specUrl",
						(c) -> c.project("proj/1").tools().registerOpenApi(OpenApiToolParams.builder().specUrl(" ").build())),
				invalid("createProjectFromConfig with a blank manifest", "yamlContent",
						(c) -> c.projects().createFromConfig(ConfigDeployParams.builder().yamlContent("\n").build())),
				invalid("usage with the start after the end", "startDate",
						(c) -> c.project("proj/1").usage(UsageParams.builder().startDate(LocalDate.of(2026, 4, 2)).endDate(LocalDate.of(2026, 4, 1)).build())),
				invalid("adminRequest with a query in the path", "query",
						(c) -> c.adminRequest(HttpMethod.GET, "/projects?limit=1", null, null)));
	}

	private static Arguments invalid(String name, String parameter, Consumer<AdminClient> call) {
		return Arguments.of(Named.of(name, call), parameter);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCalls")
	void rejectsInvalidArgumentsBeforeSending(Consumer<AdminClient> call, String parameter) {
		AdminClient client = client();

		assertThatThrownBy(() -> call.accept(client)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(parameter);
		verifyNothingSent();
	}

	@Test
	void requestModelsRejectInvalidValuesWhenBuilt() {
		assertThatThrownBy(() -> Schedule.interval(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("everySeconds");
		assertThatThrownBy(() -> Schedule.interval(Duration.ofMillis(1500))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("whole number of seconds");
		assertThatThrownBy(() -> Schedule.cron(" ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("expression");
		assertThatThrownBy(() -> ScheduledJobCreateParams.builder().prompt("p").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("targetAppUserId");
		assertThatThrownBy(() -> ScheduledJobCreateParams.builder().targetAppUserId("u").prompt(" ").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("prompt");
		assertThatThrownBy(() -> ScheduledJobCreateParams.builder().responseFormat("xml"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("responseFormat");
		assertThatThrownBy(() -> ScheduledJobCreateParams.builder().maxTokens(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("maxTokens");
		assertThatThrownBy(() -> OpenApiToolParams.builder().targetCount(0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("targetCount");
		assertThatThrownBy(() -> ProjectUpdate.builder().build()).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least one field");
	}

	@Test
	void callsWithoutAProjectIdFailClearlyWhenNoDefaultIsSet() {
		AdminClient client = client();

		assertThat(client.defaultProjectId()).isNull();
		assertThatThrownBy(() -> client.project().usage(UsageParams.builder().startDate(null).endDate(null).build())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No default project")
			.hasMessageContaining("projectId(");
		assertThatThrownBy(() -> client.project().scheduledJobs().create(JOB)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> client.project().identity().resolve("+15551234567")).isInstanceOf(IllegalStateException.class);
		verifyNothingSent();
	}

}
