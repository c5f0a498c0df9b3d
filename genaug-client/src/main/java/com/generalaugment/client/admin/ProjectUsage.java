package com.generalaugment.client.admin;

import java.time.LocalDate;
import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A project's usage over a date range ({@code GET /api/v1/admin/projects/{id}/usage}): totals and one
 * entry per day, as a read-only view over the JSON. Fields the SDK does not model stay reachable through
 * {@link #raw()}.
 */
public final class ProjectUsage {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public ProjectUsage(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A usage reply");
	}

	/** @return the project id */
	public @Nullable String projectId() {
		return JsonValues.string(this.json, "project_id");
	}

	/** @return the first day counted, or {@code null} when absent or unreadable */
	public @Nullable LocalDate startDate() {
		return Values.date(this.json, "start_date");
	}

	/** @return the last day counted, or {@code null} when absent or unreadable */
	public @Nullable LocalDate endDate() {
		return Values.date(this.json, "end_date");
	}

	/** @return the totals over the range (zeros when the platform sent none) */
	public Counts totals() {
		JsonNode totals = this.json.get("totals");
		return Counts.from((totals != null && totals.isObject()) ? totals : JsonNodeFactory.instance.objectNode());
	}

	/** @return one entry per day, in the platform's order, never {@code null} */
	public List<Day> days() {
		return Values.objects(this.json, "days")
			.stream()
			.map((day) -> new Day(Values.date(day, "date"), Counts.from(day)))
			.toList();
	}

	/** @return the plan limits the platform reported, or {@code null} */
	public @Nullable JsonNode limits() {
		JsonNode limits = this.json.get("limits");
		return (limits != null && !limits.isNull()) ? limits : null;
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "ProjectUsage{projectId=" + projectId() + ", startDate=" + startDate() + ", endDate=" + endDate()
				+ ", totals=" + totals() + "}";
	}

	/**
	 * Usage counters, for the whole range or for one day. Counters the platform did not send read as zero.
	 *
	 * @param agentTurnsCount agent turns (billed requests)
	 * @param messagesCount messages exchanged
	 * @param toolCallsCount tool calls made
	 * @param totalCostUsd the cost in US dollars
	 * @param raw the counters' whole JSON, unknown fields included
	 */
	public record Counts(long agentTurnsCount, long messagesCount, long toolCallsCount, double totalCostUsd,
			JsonNode raw) {

		static Counts from(JsonNode node) {
			return new Counts(JsonValues.count(node, "agent_turns_count"), JsonValues.count(node, "messages_count"),
					JsonValues.count(node, "tool_calls_count"), Values.decimal(node, "total_cost_usd"), node);
		}

		@Override
		public String toString() {
			return "Counts[agentTurnsCount=" + this.agentTurnsCount + ", messagesCount=" + this.messagesCount
					+ ", toolCallsCount=" + this.toolCallsCount + ", totalCostUsd=" + this.totalCostUsd + "]";
		}

	}

	/**
	 * The usage of one day.
	 *
	 * @param date the day, or {@code null} when absent or unreadable
	 * @param counts the day's counters ({@code counts().raw()} is the day's whole JSON)
	 */
	public record Day(@Nullable LocalDate date, Counts counts) {
	}

}
