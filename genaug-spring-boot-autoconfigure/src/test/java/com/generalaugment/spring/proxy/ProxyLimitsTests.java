package com.generalaugment.spring.proxy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory state store and the instance's admission stay within their bounds.
 */
class ProxyLimitsTests {

	private static ProxyLimits limits(int requestsPerMinute, int maxUsers, int maxResponsesPerUser) {
		return new ProxyLimits(requestsPerMinute, 2, 2, maxUsers, maxResponsesPerUser, Duration.ofHours(1));
	}

	@Test
	void rateLimitLetsABurstThroughThenAsksToWait() {
		InMemoryProxyStateStore store = new InMemoryProxyStateStore(limits(3, 100, 10));
		for (int i = 0; i < 3; i++) {
			assertThat(store.tryConsume("alice")).isZero();
		}
		assertThat(store.tryConsume("alice")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
		assertThat(store.tryConsume("bob")).isZero();
	}

	@Test
	void aRateLimitOfZeroLetsEverythingThrough() {
		InMemoryProxyStateStore store = new InMemoryProxyStateStore(limits(0, 100, 10));
		for (int i = 0; i < 1000; i++) {
			assertThat(store.tryConsume("alice")).isZero();
		}
	}

	@Test
	void responsesAreRememberedPerUserUpToTheBound() {
		InMemoryProxyStateStore store = new InMemoryProxyStateStore(limits(0, 10, 2));
		store.rememberResponse("alice", "resp_1");
		store.rememberResponse("alice", "resp_2");
		store.rememberResponse("alice", "resp_3");
		assertThat(store.ownsResponse("alice", "resp_1")).isFalse();
		assertThat(store.ownsResponse("alice", "resp_3")).isTrue();
		assertThat(store.ownsResponse("bob", "resp_3")).isFalse();
	}

	@Test
	void slotsCapEachUserAndAreFreedOnceOnRelease() {
		InMemoryProxyStateStore store = new InMemoryProxyStateStore(limits(0, 10, 10));
		ProxyLease first = store.tryAcquire(ProxySlot.STREAM, "alice");
		assertThat(first).isNotNull();
		assertThat(store.tryAcquire(ProxySlot.STREAM, "alice")).isNotNull();
		assertThat(store.tryAcquire(ProxySlot.STREAM, "alice")).isNull();
		assertThat(store.tryAcquire(ProxySlot.IN_FLIGHT, "alice")).as("another kind").isNotNull();
		assertThat(store.tryAcquire(ProxySlot.STREAM, "bob")).isNotNull();
		first.release();
		first.release();
		assertThat(store.tryAcquire(ProxySlot.STREAM, "alice")).isNotNull();
		assertThat(store.tryAcquire(ProxySlot.STREAM, "alice")).as("a second release gave nothing back").isNull();
	}

	@Test
	void aCapOfZeroMeansNoCap() {
		InMemoryProxyStateStore store = new InMemoryProxyStateStore(
				new ProxyLimits(0, 0, 0, 10, 10, Duration.ofHours(1)));
		for (int i = 0; i < 100; i++) {
			assertThat(store.tryAcquire(ProxySlot.STREAM, "alice")).isSameAs(ProxyLease.NONE);
		}
		assertThat(store.held()).isZero();
	}

	@Test
	void tokensAreCountedPerUtcDayAndStartAgainTheNextDay() {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-04T23:59:00Z"));
		InMemoryProxyStateStore store = new InMemoryProxyStateStore(limits(0, 10, 10), clock);
		store.addTokens("alice", 700);
		store.addTokens("alice", 300);
		assertThat(store.tokensToday("alice")).isEqualTo(1000);
		assertThat(store.tokensToday("bob")).isZero();
		clock.now = Instant.parse("2026-12-05T00:00:01Z");
		assertThat(store.tokensToday("alice")).isZero();
		store.addTokens("alice", 5);
		assertThat(store.tokensToday("alice")).isEqualTo(5);
	}

	@Test
	void theBudgetRefusesUntilTheNextUtcDay() {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-04T22:00:00Z"));
		InMemoryProxyStateStore store = new InMemoryProxyStateStore(limits(0, 10, 10), clock);
		ProxyBudget budget = new ProxyBudget(1000, clock);
		store.addTokens("alice", 999);
		assertThat(budget.check(store, "alice")).isNull();
		store.addTokens("alice", 1);
		ProxyError refused = budget.check(store, "alice");
		assertThat(refused).isNotNull();
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.reason()).isEqualTo("budget_exhausted");
		assertThat(refused.retryAfterHeader()).isEqualTo("7200");
		assertThat(new ProxyBudget(0, clock).check(store, "alice")).as("no budget").isNull();
	}

	@Test
	void admissionRefusesOverTheInstanceCapWith503() {
		ProxyAdmission admission = new ProxyAdmission(2);
		assertThat(admission.tryEnter()).isNull();
		assertThat(admission.tryEnter()).isNull();
		ProxyError instance = admission.tryEnter();
		assertThat(instance).isNotNull();
		assertThat(instance.status()).isEqualTo(503);
		assertThat(instance.reason()).isEqualTo("server_busy");
		assertThat(instance.retryAfterHeader()).isEqualTo("1");
		assertThat(admission.inFlight()).isEqualTo(2);
		admission.exit();
		assertThat(admission.tryEnter()).isNull();
		assertThat(admission.inFlight()).isEqualTo(2);
	}

	private static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
