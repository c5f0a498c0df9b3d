package com.generalaugment.mock.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class CronExpressionTests {

	private static final ZonedDateTime THURSDAY = ZonedDateTime.of(2026, 1, 1, 10, 15, 30, 0, ZoneId.of("UTC"));

	@Test
	void nextFiresStrictlyAfter() {
		assertThat(next("* * * * *")).isEqualTo(THURSDAY.withMinute(16).withSecond(0));
		assertThat(next("*/20 * * * *")).isEqualTo(THURSDAY.withMinute(20).withSecond(0));
		assertThat(next("0 9 * * MON")).isEqualTo(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneId.of("UTC")));
		assertThat(next("@monthly")).isEqualTo(ZonedDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneId.of("UTC")));
		assertThat(next("0 0 29 2 *")).isEqualTo(ZonedDateTime.of(2028, 2, 29, 0, 0, 0, 0, ZoneId.of("UTC")));
	}

	@Test
	void restrictedDayOfMonthAndWeekMatchEither() {
		// 15th of the month or any Sunday: Sunday 4 January comes first.
		assertThat(next("0 0 15 * 0")).isEqualTo(ZonedDateTime.of(2026, 1, 4, 0, 0, 0, 0, ZoneId.of("UTC")));
	}

	@Test
	void neverFiringAndInvalidExpressions() {
		assertThat(next("0 0 30 2 *")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> CronExpression.parse("* * * *"));
		assertThatIllegalArgumentException().isThrownBy(() -> CronExpression.parse("60 * * * *"));
		assertThatIllegalArgumentException().isThrownBy(() -> CronExpression.parse("5-1 * * * *"));
	}

	private static ZonedDateTime next(String expression) {
		return CronExpression.parse(expression).next(THURSDAY);
	}

}
