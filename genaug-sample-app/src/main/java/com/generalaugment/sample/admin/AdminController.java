package com.generalaugment.sample.admin;

import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.admin.Schedule;
import com.generalaugment.client.admin.ScheduledJobCreateParams;
import com.generalaugment.client.admin.UsageParams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Admin helpers for operators (role {@code OPS}: scheduled jobs are billed), present only when an admin
 * key is configured (the embedded mock provides one): the project's usage and a scheduled check-in
 * for a user, the signed-in one unless the request names another.
 */
@RestController
@RequestMapping("/admin")
class AdminController {

	private final ObjectProvider<AdminClient> admin;

	AdminController(ObjectProvider<AdminClient> admin) {
		this.admin = admin;
	}

	// The AdminClient bean exists only when an admin key is configured (or the mock runs).
	private AdminClient admin() {
		AdminClient client = this.admin.getIfAvailable();
		if (client == null) {
			throw new IllegalStateException("No admin key configured: set GENAUG_ADMIN_API_KEY");
		}
		return client;
	}

	@GetMapping("/usage")
	JsonNode usage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end) {
		LocalDate to = (end != null) ? end : LocalDate.now();
		LocalDate from = (start != null) ? start : to.minusDays(365);
		return admin().project().usage(UsageParams.builder().startDate(from).endDate(to).build()).raw();
	}

	@PostMapping("/jobs")
	JsonNode scheduleCheckIn(@RequestBody JobRequest request, Principal principal) {
		long every = (request.everySeconds() != null) ? request.everySeconds() : 3600;
		String user = (request.user() != null) ? request.user() : principal.getName();
		return admin().project().scheduledJobs().create(ScheduledJobCreateParams.builder()
			.targetAppUserId(user)
			.name("check-in for " + user)
			.prompt((request.prompt() != null) ? request.prompt() : "Review this account and summarize the next action.")
			.schedule(Schedule.interval(Duration.ofSeconds(every)))
			.build()).raw();
	}

	record JobRequest(String user, String prompt, Long everySeconds) {
	}

}
