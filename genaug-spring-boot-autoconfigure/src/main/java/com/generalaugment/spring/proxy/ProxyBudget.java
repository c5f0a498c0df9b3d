package com.generalaugment.spring.proxy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * A cap on the platform tokens each user may spend per UTC day. A rate limit alone still lets a user
 * spend every request on the largest output; the budget bounds what a user costs. Counted from each
 * reply's usage, streams included, in the {@link ProxyStateStore}, so instances share it.
 */
final class ProxyBudget {

	private final long tokensPerDay;

	private final Clock clock;

	/**
	 * @param tokensPerDay the most tokens per user and UTC day, {@code 0} for no budget
	 * @param clock the clock that says when the day ends
	 */
	ProxyBudget(long tokensPerDay, Clock clock) {
		this.tokensPerDay = tokensPerDay;
		this.clock = clock;
	}

	/** @return whether there is a budget: without one, tokens are not counted at all */
	boolean enabled() {
		return this.tokensPerDay > 0;
	}

	/**
	 * @param store where the tokens are counted
	 * @param userId the user
	 * @return {@code null} when the user may call, else the refusal with a {@code Retry-After} until the
	 * next UTC day
	 */
	@Nullable ProxyError check(ProxyStateStore store, String userId) {
		if (this.tokensPerDay <= 0 || store.tokensToday(userId) < this.tokensPerDay) {
			return null;
		}
		Instant now = this.clock.instant();
		Instant tomorrow = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return new ProxyError(429, "budget_exhausted", "Today's budget is used up. Please come back tomorrow.", null,
				Duration.between(now, tomorrow));
	}

}
