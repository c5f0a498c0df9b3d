package com.generalaugment.mock.platform.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.UsageLedger;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /projects/{project}/usage?start_date&end_date}: the turns the mock served for the project,
 * per day. Every mock turn is dated 2026-01-01, the date of the platform mock's fixed {@code created_at}, so
 * that is also the default range.
 */
public final class UsageEndpoint {

	private static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 1, 1);

	private static final long MAX_DAYS = 366;

	private final ProjectStore projects;

	private final UsageLedger usage;

	/**
	 * @param projects the project store
	 * @param usage the turn ledger
	 */
	public UsageEndpoint(ProjectStore projects, UsageLedger usage) {
		this.projects = projects;
		this.usage = usage;
	}

	/**
	 * Reports usage.
	 *
	 * @param call the call
	 * @return {@code {project_id, start_date, end_date, totals, days, limits}}
	 */
	public MockReply usage(Call call) {
		String projectId = call.param("project");
		projects.view(projectId);
		LocalDate start = date(call, "start_date");
		LocalDate end = date(call, "end_date");
		start = start != null ? start : (end != null ? end : DEFAULT_DATE);
		end = end != null ? end : start;
		if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw ApiError.invalidRequest("end_date must be on or after start_date and at most 366 days later.");
		}
		ObjectNode reply = Json.object();
		reply.put("project_id", projectId);
		reply.put("start_date", start.toString());
		reply.put("end_date", end.toString());
		var days = reply.putArray("days");
		int total = 0;
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			int turns = usage.turns(projectId, day);
			total += turns;
			counts(days.addObject().put("date", day.toString()), turns);
		}
		counts(reply.putObject("totals"), total);
		reply.putObject("limits");
		return JsonReply.ok(reply);
	}

	/** One user message and one assistant message per turn; the mock calls no tools and costs nothing. */
	private static void counts(ObjectNode node, int turns) {
		node.put("agent_turns_count", turns);
		node.put("messages_count", turns * 2);
		node.put("tool_calls_count", 0);
		node.put("total_cost_usd", 0.0);
	}

	private static @Nullable LocalDate date(Call call, String name) {
		String raw = call.query(name);
		if (raw == null) {
			return null;
		}
		try {
			return LocalDate.parse(raw);
		}
		catch (DateTimeParseException ex) {
			throw ApiError.invalidRequest(name + " must be a date in the form YYYY-MM-DD.");
		}
	}

}
