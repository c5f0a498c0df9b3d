package com.generalaugment.spring.support;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.verify.VerificationReport;
import com.generalaugment.client.verify.VerifyParams;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Runs the platform's verify checks for the {@code genaug} Actuator endpoint and remembers the last
 * outcome. One run at a time: a run makes billed calls on a real platform, so a second request while one
 * is running is refused rather than queued.
 */
public class GenaugVerification {

	private final Supplier<@Nullable AdminClient> admin;

	private final Supplier<@Nullable GeneralAugmentClient> projectClient;

	private final Clock clock;

	private final ReentrantLock running = new ReentrantLock();

	private volatile @Nullable Outcome last;

	/**
	 * Create the runner.
	 * @param admin the admin client, or a supplier of {@code null} when none is configured
	 * @param projectClient the project client for the project-key checks, or a supplier of {@code null}
	 * @param clock the clock stamping each outcome
	 */
	public GenaugVerification(Supplier<@Nullable AdminClient> admin,
			Supplier<@Nullable GeneralAugmentClient> projectClient, Clock clock) {
		this.admin = admin;
		this.projectClient = projectClient;
		this.clock = clock;
	}

	/**
	 * Run the checks against a project.
	 * @param project the project's id, slug or name, or {@code null} for the admin client's default project
	 * @return the outcome: the report, or why the run stopped before it could report
	 * @throws IllegalStateException when there is no admin client or no project to verify, or a run is
	 * already in progress (nothing is sent)
	 */
	public Outcome verify(@Nullable String project) {
		AdminClient adminClient = this.admin.get();
		if (adminClient == null) {
			throw new IllegalStateException("Verify needs the admin client: set genaug.admin.api-key");
		}
		String ref = (project != null && !project.isBlank()) ? project.strip() : adminClient.defaultProjectId();
		if (ref == null) {
			throw new IllegalStateException("No project to verify: send {\"project\": \"<id, slug or name>\"} "
					+ "or set genaug.project-id");
		}
		if (!this.running.tryLock()) {
			throw new IllegalStateException("A verification is already running; wait for its report");
		}
		try {
			Outcome outcome;
			try {
				VerificationReport report = adminClient.project(ref)
					.verify(VerifyParams.builder().projectClient(this.projectClient.get()).build());
				outcome = new Outcome(this.clock.instant(), ref, report.verdict().name(), report.raw(), null);
			}
			catch (GeneralAugmentException ex) {
				// As the platform's CLI, a failed call outside the tolerant checks ends the run without a
				// report; ops still see why, and the message never carries a key.
				outcome = new Outcome(this.clock.instant(), ref, "ERROR", null, ex.reason() + ": " + ex.details().message());
			}
			this.last = outcome;
			return outcome;
		}
		finally {
			this.running.unlock();
		}
	}

	/** @return the last outcome, or {@code null} before the first run */
	public @Nullable Outcome last() {
		return this.last;
	}

	/**
	 * One verify run's outcome.
	 * @param at when the run finished
	 * @param project the project reference verified
	 * @param verdict {@code PASS}, {@code FAIL}, or {@code ERROR} when the run stopped without a report
	 * @param report the report (the platform CLI's JSON with an {@code sdk} object), or {@code null} on ERROR
	 * @param error why the run stopped, or {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Outcome(Instant at, String project, String verdict, @Nullable JsonNode report,
			@Nullable String error) {

	}

}
