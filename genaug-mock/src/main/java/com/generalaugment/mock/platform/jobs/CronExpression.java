package com.generalaugment.mock.platform.jobs;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}) with lists, ranges,
 * steps, month and weekday names and the {@code @daily}-style macros. Day-of-month and day-of-week combine
 * as in Vixie cron: when both are restricted, either may match.
 */
final class CronExpression {

	private static final Map<String, String> MACROS = Map.of(
			"@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *",
			"@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");

	private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
			"SEP", "OCT", "NOV", "DEC");

	private static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

	/** Expressions that never fire (30 February) are found by searching this far ahead. */
	private static final int SEARCH_YEARS = 5;

	private final BitSet minutes;

	private final BitSet hours;

	private final BitSet daysOfMonth;

	private final BitSet months;

	private final BitSet daysOfWeek;

	private final boolean dayOfMonthRestricted;

	private final boolean dayOfWeekRestricted;

	private CronExpression(String[] fields) {
		minutes = field(fields[0], 0, 59, List.of(), 0);
		hours = field(fields[1], 0, 23, List.of(), 0);
		daysOfMonth = field(fields[2], 1, 31, List.of(), 0);
		months = field(fields[3], 1, 12, MONTHS, 1);
		daysOfWeek = field(fields[4], 0, 7, WEEKDAYS, 0);
		if (daysOfWeek.get(7)) {
			daysOfWeek.set(0);
		}
		dayOfMonthRestricted = !fields[2].startsWith("*");
		dayOfWeekRestricted = !fields[4].startsWith("*");
	}

	/**
	 * Parses an expression.
	 *
	 * @throws IllegalArgumentException when it is not a valid five-field expression
	 */
	static CronExpression parse(String expression) {
		String expanded = MACROS.getOrDefault(expression.strip().toLowerCase(Locale.ROOT), expression.strip());
		String[] fields = expanded.split("\\s+");
		if (fields.length != 5) {
			throw new IllegalArgumentException("a cron expression has five fields");
		}
		return new CronExpression(fields);
	}

	/**
	 * The first matching minute strictly after the given time, in that time's zone.
	 *
	 * @return the time, or {@code null} when the expression never fires
	 */
	@Nullable ZonedDateTime next(ZonedDateTime after) {
		ZonedDateTime limit = after.plusYears(SEARCH_YEARS);
		ZonedDateTime time = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		while (time.isBefore(limit)) {
			if (!months.get(time.getMonthValue())) {
				time = time.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
			}
			else if (!dayMatches(time)) {
				time = time.truncatedTo(ChronoUnit.DAYS).plusDays(1);
			}
			else if (!hours.get(time.getHour())) {
				time = time.truncatedTo(ChronoUnit.HOURS).plusHours(1);
			}
			else if (!minutes.get(time.getMinute())) {
				time = time.plusMinutes(1);
			}
			else {
				return time;
			}
		}
		return null;
	}

	private boolean dayMatches(ZonedDateTime time) {
		boolean dayOfMonth = daysOfMonth.get(time.getDayOfMonth());
		boolean dayOfWeek = daysOfWeek.get(time.getDayOfWeek().getValue() % 7);
		if (dayOfMonthRestricted && dayOfWeekRestricted) {
			return dayOfMonth || dayOfWeek;
		}
		return dayOfMonth && dayOfWeek;
	}

	private static BitSet field(String text, int min, int max, List<String> names, int firstNameValue) {
		BitSet bits = new BitSet(max + 1);
		for (String part : text.split(",")) {
			String[] rangeAndStep = part.split("/", -1);
			if (rangeAndStep.length > 2) {
				throw new IllegalArgumentException("bad cron field " + text);
			}
			int step = rangeAndStep.length == 2 ? number(rangeAndStep[1], 1, max, List.of(), 0) : 1;
			String range = rangeAndStep[0];
			int from;
			int to;
			if (range.equals("*")) {
				from = min;
				to = max;
			}
			else if (range.contains("-")) {
				String[] ends = range.split("-", -1);
				if (ends.length != 2) {
					throw new IllegalArgumentException("bad cron range " + range);
				}
				from = number(ends[0], min, max, names, firstNameValue);
				to = number(ends[1], min, max, names, firstNameValue);
			}
			else {
				from = number(range, min, max, names, firstNameValue);
				to = rangeAndStep.length == 2 ? max : from;
			}
			if (from > to) {
				throw new IllegalArgumentException("bad cron range " + range);
			}
			for (int value = from; value <= to; value += step) {
				bits.set(value);
			}
		}
		return bits;
	}

	private static int number(String text, int min, int max, List<String> names, int firstNameValue) {
		int named = names.indexOf(text.toUpperCase(Locale.ROOT));
		if (named >= 0) {
			return named + firstNameValue;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("bad cron value " + text);
	}

}
