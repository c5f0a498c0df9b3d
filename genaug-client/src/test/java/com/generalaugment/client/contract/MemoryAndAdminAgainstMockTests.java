package com.generalaugment.client.contract;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.admin.Project;
import com.generalaugment.client.admin.ProjectListParams;
import com.generalaugment.client.admin.Schedule;
import com.generalaugment.client.admin.ScheduledJob;
import com.generalaugment.client.admin.ScheduledJobCreateParams;
import com.generalaugment.client.admin.ScheduledJobDispatchParams;
import com.generalaugment.client.admin.ScheduledJobListParams;
import com.generalaugment.client.admin.ScheduledJobRun;
import com.generalaugment.client.admin.ScheduledJobRunListParams;
import com.generalaugment.client.admin.UsageParams;
import com.generalaugment.client.admin.UserLinkParams;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.memory.MemoryDeleteParams;
import com.generalaugment.client.memory.MemoryFact;
import com.generalaugment.client.memory.MemorySearchParams;
import com.generalaugment.client.memory.MemoryStoreParams;
import com.generalaugment.client.memory.MemoryStoreResult;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.mock.junit.GenaugMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Memory and admin helpers end to end against the mock's consistent in-memory state.
 */
class MemoryAndAdminAgainstMockTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private GeneralAugmentClient client() {
		return GeneralAugmentClient.builder().apiKey("local-test").baseUrl(mock.baseUrl()).projectId("proj_mock").build();
	}

	private AdminClient admin() {
		return AdminClient.builder().adminKey("local-admin").baseUrl(mock.baseUrl()).projectId("proj_mock").build();
	}

	@Test
	void memoryStoreSearchProfileDeleteAndPurge() {
		GeneralAugmentClient client = client();
		MemoryStoreResult stored = client.memory().store(MemoryStoreParams.builder()
			.userId("app/user")
			.fact("User prefers window seats")
			.factType("preference")
			.importanceScore(0.9)
			.source("booking")
			.idempotencyKey("memory-window-seat-1")
			.build());
		client.memory().store(MemoryStoreParams.builder().userId("app/user").fact("Vegetarian meals").build());

		assertThat(stored.memoryId()).matches("mem_mock_[0-9a-f]{16}");
		assertThat(stored.status()).isEqualTo("stored");
		List<MemoryFact> facts = client
			.memory().search(MemorySearchParams.builder().userId("app/user").query("window seats").build())
			.facts();
		assertThat(facts).extracting(MemoryFact::fact).containsExactly("User prefers window seats", "Vegetarian meals");
		assertThat(facts.get(0).similarity()).isEqualTo(0.99);
		assertThat(facts.get(1).similarity()).isEqualTo(0.0);
		assertThat(client.memory().profile("app/user").totalFacts()).isEqualTo(2);

		assertThat(client.memory().delete(MemoryDeleteParams.builder().memoryId(stored.memoryId()).userId("app/user").build()).status()).isEqualTo("deleted");
		assertThat(client.memory().purge("app/user").deletedCount()).isEqualTo(1);
		assertThat(client.memory().profile("app/user").totalFacts()).isZero();
	}

	@Test
	void anEmptyFactIsInvalidMemoryOnTheWire() {
		assertThatThrownBy(() -> client().memory().store(MemoryStoreParams.builder().userId("u").fact(" ").build()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void usageCountsTheTurnsServedForTheProject() {
		client().responses().create(ResponseCreateParams.builder().user("u1").input("one").build());
		client().responses().create(ResponseCreateParams.builder().user("u1").input("two").build());

		// The mock dates every turn 2026-01-01, the day of its fixed created_at.
		var usage = admin().project().usage(UsageParams.builder().startDate(LocalDate.parse("2026-01-01")).endDate(LocalDate.parse("2026-01-31")).build());

		assertThat(usage.projectId()).isEqualTo("proj_mock");
		assertThat(usage.totals().agentTurnsCount()).isEqualTo(2);
	}

	@Test
	void scheduledJobLifecycleEndToEnd() {
		AdminClient admin = admin();
		ScheduledJob job = admin.project().scheduledJobs().create(ScheduledJobCreateParams.builder()
			.targetAppUserId("app-user-123")
			.prompt("Review this account and summarize the next action.")
			.schedule(Schedule.interval(Duration.ofHours(1)))
			.build());
		assertThat(job.status()).isEqualTo("active");
		assertThat(job.targetAppUserId()).isEqualTo("app-user-123");
		assertThat(job.nextRunAt()).isNotNull();

		assertThat(admin.project().scheduledJobs().list(ScheduledJobListParams.builder().status("active").targetAppUserId(null).limit(null).offset(null).build())).extracting(ScheduledJob::id).contains(job.id());
		ScheduledJobRun recorded = admin.project().scheduledJobs().dispatch(job.id(), ScheduledJobDispatchParams.builder().dispatchKey("operator-smoke-1").execute(false).build());
		ScheduledJobRun replayed = admin.project().scheduledJobs().dispatch(job.id(), ScheduledJobDispatchParams.builder().dispatchKey("operator-smoke-1").execute(false).build());
		assertThat(replayed.id()).isEqualTo(recorded.id());
		assertThat(admin.project().scheduledJobs().runs(job.id(), ScheduledJobRunListParams.builder().limit(20).build())).extracting(ScheduledJobRun::id).containsExactly(recorded.id());

		assertThat(admin.project().scheduledJobs().pause(job.id()).status()).isEqualTo("paused");
		assertThat(admin.project().scheduledJobs().list(ScheduledJobListParams.builder().status("active").targetAppUserId(null).limit(null).offset(null).build())).extracting(ScheduledJob::id).doesNotContain(job.id());
		assertThat(admin.project().scheduledJobs().resume(job.id()).status()).isEqualTo("active");
		assertThat(admin.project().scheduledJobs().delete(job.id()).status()).isEqualTo("cancelled");
		assertThat(admin.project().scheduledJobs().get(job.id()).terminalReason()).isEqualTo("cancelled");
		assertThat(admin.project().scheduledJobs().runs(job.id(), ScheduledJobRunListParams.builder().limit(20).build())).hasSize(1);
	}

	@Test
	void projectsIdentityAndHostedTestCalls() {
		AdminClient admin = admin();
		assertThat(admin.projects().list(ProjectListParams.builder().limit(10).offset(0).build())).extracting(Project::id).contains("proj_mock");
		assertThat(admin.project().get().id()).isEqualTo("proj_mock");
		assertThat(admin.project().integrationPrompt()).isNotBlank();

		admin.project().identity().link(UserLinkParams.builder().phoneE164("+15551234567").providerUserId("app/user").build());
		assertThat(admin.project().identity().resolve("+15551234567").raw().toString()).contains("app/user");
		assertThat(admin.project().identity().unlink("+15551234567")).isTrue();

		assertThat(admin.project("proj_mock").agent().test("Hello from the smoke test").raw().isObject()).isTrue();
	}

	@Test
	void unknownProjectIsNotFound() {
		assertThatThrownBy(() -> admin().projects().get("proj/missing"))
			.isInstanceOfSatisfying(ApiErrorException.class, (ex) -> assertThat(ex.status()).isEqualTo(404));
	}

}
