package com.generalaugment.client.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import com.generalaugment.client.internal.Checks;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * When a scheduled job runs: every N seconds, on a cron expression in a time zone, or once at an instant.
 *
 * <pre>{@code
 * Schedule.interval(Duration.ofHours(1));
 * Schedule.cron("0 9 * * MON-FRI", ZoneId.of("Europe/Paris"));
 * Schedule.once(Instant.parse("2026-06-01T09:00:00Z"));
 * }</pre>
 */
public sealed interface Schedule permits Schedule.Interval, Schedule.Cron, Schedule.Once {

	/** The time zone of a cron schedule when none is given. */
	String DEFAULT_TIMEZONE = "UTC";

	/**
	 * Run repeatedly.
	 * @param every the period, a whole number of seconds, at least one second
	 * @return the schedule
	 * @throws IllegalArgumentException when shorter than a second or not whole seconds
	 */
	static Interval interval(Duration every) {
		Objects.requireNonNull(every, "every");
		if (every.getNano() != 0) {
			throw new IllegalArgumentException("every must be a whole number of seconds, was " + every);
		}
		return new Interval(every.getSeconds());
	}

	/**
	 * Run every {@code everySeconds} seconds.
	 * @param everySeconds the period in seconds, at least 1
	 * @return the schedule
	 * @throws IllegalArgumentException when below 1
	 */
	static Interval interval(long everySeconds) {
		return new Interval(everySeconds);
	}

	/**
	 * Run on a cron expression in UTC.
	 * @param expression the cron expression, e.g. {@code 0 9 * * *}
	 * @return the schedule
	 * @throws IllegalArgumentException when the expression is blank
	 */
	static Cron cron(String expression) {
		return new Cron(expression, DEFAULT_TIMEZONE);
	}

	/**
	 * Run on a cron expression in a time zone.
	 * @param expression the cron expression
	 * @param timezone the zone the expression is read in
	 * @return the schedule
	 * @throws IllegalArgumentException when the expression is blank
	 */
	static Cron cron(String expression, ZoneId timezone) {
		return new Cron(expression, Objects.requireNonNull(timezone, "timezone").getId());
	}

	/**
	 * Run on a cron expression in a time zone given by its IANA name.
	 * @param expression the cron expression
	 * @param timezone the IANA zone name, e.g. {@code Europe/Paris}
	 * @return the schedule
	 * @throws IllegalArgumentException when the expression or the zone is blank
	 */
	static Cron cron(String expression, String timezone) {
		return new Cron(expression, timezone);
	}

	/**
	 * Run once.
	 * @param at when (sent as ISO-8601 in UTC)
	 * @return the schedule
	 */
	static Once once(Instant at) {
		return new Once(at);
	}

	/** @return the schedule type on the wire: {@code interval}, {@code cron} or {@code once} */
	String type();

	/**
	 * The {@code schedule} object as sent on the wire.
	 * @param mapper the mapper creating the JSON object
	 * @return the JSON object
	 */
	ObjectNode toJson(ObjectMapper mapper);

	/**
	 * Run every {@code everySeconds} seconds.
	 *
	 * @param everySeconds the period in seconds, at least 1
	 */
	record Interval(long everySeconds) implements Schedule {

		/**
		 * Checks the period.
		 * @param everySeconds the period in seconds
		 */
		public Interval {
			if (everySeconds < 1) {
				throw new IllegalArgumentException("everySeconds must be at least 1, was " + everySeconds);
			}
		}

		@Override
		public String type() {
			return "interval";
		}

		@Override
		public ObjectNode toJson(ObjectMapper mapper) {
			return mapper.createObjectNode().put("type", type()).put("every_seconds", this.everySeconds);
		}

	}

	/**
	 * Run on a cron expression, read in a time zone.
	 *
	 * @param expression the cron expression
	 * @param timezone the IANA time-zone name
	 */
	record Cron(String expression, String timezone) implements Schedule {

		/**
		 * Checks the expression and the zone.
		 * @param expression the cron expression
		 * @param timezone the zone name
		 */
		public Cron {
			Checks.requireText(expression, "expression");
			Checks.requireText(timezone, "timezone");
		}

		@Override
		public String type() {
			return "cron";
		}

		@Override
		public ObjectNode toJson(ObjectMapper mapper) {
			return mapper.createObjectNode()
				.put("type", type())
				.put("expression", this.expression)
				.put("timezone", this.timezone);
		}

	}

	/**
	 * Run once, at an instant.
	 *
	 * @param at when
	 */
	record Once(Instant at) implements Schedule {

		/**
		 * Checks the instant.
		 * @param at when
		 */
		public Once {
			Objects.requireNonNull(at, "at");
		}

		@Override
		public String type() {
			return "once";
		}

		@Override
		public ObjectNode toJson(ObjectMapper mapper) {
			return mapper.createObjectNode().put("type", type()).put("at", this.at.toString());
		}

	}

}
