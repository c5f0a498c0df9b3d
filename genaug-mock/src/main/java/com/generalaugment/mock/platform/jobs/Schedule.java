package com.generalaugment.mock.platform.jobs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.MockClock;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * When a scheduled job runs (contract §2): every N seconds, on a cron expression in a time zone, or once.
 */
sealed interface Schedule {

	/**
	 * The next run strictly after a time.
	 *
	 * @return the instant, or {@code null} when the schedule has no further run
	 */
	@Nullable Instant nextRunAfter(Instant now);

	/** The normalised JSON form echoed in job objects. */
	ObjectNode toJson();

	/** {@code {type: interval, every_seconds ≥ 1}}. */
	record Interval(long everySeconds) implements Schedule {

		@Override
		public Instant nextRunAfter(Instant now) {
			return now.plusSeconds(everySeconds);
		}

		@Override
		public ObjectNode toJson() {
			return Json.object().put("type", "interval").put("every_seconds", everySeconds);
		}

	}

	/** {@code {type: cron, expression, timezone (UTC)}}. */
	record Cron(String expression, ZoneId zone, CronExpression parsed) implements Schedule {

		@Override
		public @Nullable Instant nextRunAfter(Instant now) {
			ZonedDateTime next = parsed.next(now.atZone(zone));
			return next == null ? null : next.toInstant();
		}

		@Override
		public ObjectNode toJson() {
			return Json.object().put("type", "cron").put("expression", expression).put("timezone", zone.getId());
		}

	}

	/** {@code {type: once, at: ISO-8601}}. */
	record Once(Instant at) implements Schedule {

		@Override
		public Instant nextRunAfter(Instant now) {
			return at;
		}

		@Override
		public ObjectNode toJson() {
			return Json.object().put("type", "once").put("at", at.toString());
		}

	}

	/**
	 * Reads and validates a schedule.
	 *
	 * @param json the {@code schedule} field, possibly {@code null}
	 * @return the schedule, or {@code null} for a job that only runs when dispatched
	 * @throws ApiError 422 {@code invalid_request} for an invalid schedule
	 */
	static @Nullable Schedule parse(JsonNode json) {
		if (json == null || json.isNull()) {
			return null;
		}
		if (!json.isObject()) {
			throw ApiError.invalidRequest("schedule must be an object.");
		}
		String type = json.path("type").asString("");
		return switch (type) {
			case "interval" -> {
				JsonNode every = json.get("every_seconds");
				if (every == null || !every.isIntegralNumber() || !every.canConvertToLong() || every.longValue() < 1) {
					throw ApiError.invalidRequest("schedule.every_seconds must be a whole number of at least 1.");
				}
				yield new Interval(every.longValue());
			}
			case "cron" -> cron(json);
			case "once" -> new Once(instant(json.get("at")));
			default -> throw ApiError.invalidRequest("schedule.type must be interval, cron or once.");
		};
	}

	private static Cron cron(JsonNode json) {
		JsonNode expression = json.get("expression");
		if (expression == null || !expression.isString()) {
			throw ApiError.invalidRequest("schedule.expression is required for a cron schedule.");
		}
		ZoneId zone;
		try {
			JsonNode timezone = json.get("timezone");
			zone = timezone == null || timezone.isNull() ? ZoneId.of("UTC") : ZoneId.of(timezone.asString());
		}
		catch (DateTimeException ex) {
			throw ApiError.invalidRequest("schedule.timezone must be an IANA time zone such as Europe/Paris.");
		}
		CronExpression parsed;
		try {
			parsed = CronExpression.parse(expression.stringValue());
		}
		catch (IllegalArgumentException ex) {
			throw ApiError.invalidRequest("schedule.expression is not a valid cron expression: " + ex.getMessage() + ".");
		}
		if (parsed.next(MockClock.EPOCH.atZone(zone)) == null) {
			throw ApiError.invalidRequest("schedule.expression never fires.");
		}
		return new Cron(expression.stringValue(), zone, parsed);
	}

	/** ISO-8601 with an offset ({@code Z} included); a time without offset is read as UTC. */
	private static Instant instant(JsonNode at) {
		if (at == null || !at.isString()) {
			throw ApiError.invalidRequest("schedule.at is required for a once schedule.");
		}
		try {
			return OffsetDateTime.parse(at.stringValue()).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(at.stringValue()).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				throw ApiError.invalidRequest("schedule.at must be an ISO-8601 date-time.");
			}
		}
	}

}
