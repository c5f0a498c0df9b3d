package com.generalaugment.spring.proxy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory building blocks stay within their bounds.
 */
class ProxyLimitsTests {

	@Test
	void rateLimiterLetsABurstThroughThenAsksToWait() {
		Bucket4jProxyRateLimiter limiter = Bucket4jProxyRateLimiter.local(3, 100);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire("alice")).isZero();
		}
		assertThat(limiter.tryAcquire("alice")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
		assertThat(limiter.tryAcquire("bob")).isZero();
	}

	@Test
	void rateLimiterForgetsTheLeastRecentlySeenUserBeyondItsBound() {
		Bucket4jProxyRateLimiter limiter = Bucket4jProxyRateLimiter.local(1, 2);
		assertThat(limiter.tryAcquire("alice")).isZero();
		assertThat(limiter.tryAcquire("alice")).isPositive();
		limiter.tryAcquire("bob");
		limiter.tryAcquire("carol");
		assertThat(limiter.tryAcquire("alice")).isZero();
	}

	@Test
	void conversationStoreKeepsTheMostRecentResponsesPerUser() {
		InMemoryProxyConversationStore store = new InMemoryProxyConversationStore(10, 2);
		store.remember("alice", "resp_1");
		store.remember("alice", "resp_2");
		store.remember("alice", "resp_3");
		assertThat(store.belongsTo("alice", "resp_1")).isFalse();
		assertThat(store.belongsTo("alice", "resp_3")).isTrue();
		assertThat(store.belongsTo("bob", "resp_3")).isFalse();
	}

	@Test
	void conversationStoreForgetsTheLeastRecentlySeenUserBeyondItsBound() {
		InMemoryProxyConversationStore store = new InMemoryProxyConversationStore(2, 10);
		store.remember("alice", "resp_a");
		store.remember("bob", "resp_b");
		store.remember("carol", "resp_c");
		assertThat(store.belongsTo("alice", "resp_a")).isFalse();
		assertThat(store.belongsTo("carol", "resp_c")).isTrue();
	}

	@Test
	void streamSlotsCapEachUserAndAreFreedOnRelease() {
		ProxyStreamSlots slots = new ProxyStreamSlots(2);
		assertThat(slots.tryAcquire("alice")).isTrue();
		assertThat(slots.tryAcquire("alice")).isTrue();
		assertThat(slots.tryAcquire("alice")).isFalse();
		assertThat(slots.tryAcquire("bob")).isTrue();
		slots.release("alice");
		assertThat(slots.tryAcquire("alice")).isTrue();
	}

	@Test
	void streamSlotsOfZeroMeanNoCap() {
		ProxyStreamSlots slots = new ProxyStreamSlots(0);
		for (int i = 0; i < 100; i++) {
			assertThat(slots.tryAcquire("alice")).isTrue();
		}
	}

	@Test
	void admissionRefusesOverTheInstanceCapWith503AndOverTheUserCapWith429() {
		ProxyAdmission admission = new ProxyAdmission(3, 2);
		assertThat(admission.tryEnter("alice")).isNull();
		assertThat(admission.tryEnter("alice")).isNull();
		ProxyError perUser = admission.tryEnter("alice");
		assertThat(perUser).isNotNull();
		assertThat(perUser.status()).isEqualTo(429);
		assertThat(perUser.retryAfterHeader()).isEqualTo("1");
		assertThat(admission.tryEnter("bob")).isNull();
		ProxyError instance = admission.tryEnter("carol");
		assertThat(instance).isNotNull();
		assertThat(instance.status()).isEqualTo(503);
		assertThat(instance.reason()).isEqualTo("server_busy");
		assertThat(admission.inFlight()).isEqualTo(3);
		admission.exit("alice");
		assertThat(admission.tryEnter("carol")).isNull();
		assertThat(admission.inFlight()).isEqualTo(3);
	}

}
