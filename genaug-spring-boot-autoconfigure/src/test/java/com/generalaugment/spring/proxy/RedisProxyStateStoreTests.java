package com.generalaugment.spring.proxy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.generalaugment.spring.proxy.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Redis store against a real {@code redis-server}: two stores on one Redis stand for two instances of
 * an application, so whatever one takes the other sees.
 */
class RedisProxyStateStoreTests {

	private static RedisServer redis;

	private static RedisClient client;

	private final List<RedisProxyStateStore> stores = new ArrayList<>();

	// Each test has keys of its own: a server is shared by the class.
	private final String prefix = "test:" + UUID.randomUUID() + ":";

	@BeforeAll
	static void startRedis() throws Exception {
		redis = RedisServer.start();
		client = RedisClient.create();
	}

	@AfterAll
	static void stopRedis() {
		if (client != null) {
			client.shutdown();
		}
		if (redis != null) {
			redis.close();
		}
	}

	@AfterEach
	void closeStores() {
		this.stores.forEach(RedisProxyStateStore::close);
	}

	private RedisProxyStateStore store(int requestsPerMinute, Duration lease) {
		RedisProxyStateStore store = new RedisProxyStateStore(client, RedisURI.create(redis.url()),
				new ProxyLimits(requestsPerMinute, 2, 1, 100, 10, Duration.ofSeconds(2)),
				new RedisProxyStateStore.Settings(this.prefix, Duration.ofMillis(500), lease), Clock.systemUTC());
		this.stores.add(store);
		awaitConnected(store);
		return store;
	}

	@Test
	void oneUsersRateLimitHoldsAcrossInstances() {
		RedisProxyStateStore a = store(3, Duration.ofSeconds(5));
		RedisProxyStateStore b = store(3, Duration.ofSeconds(5));
		assertThat(a.tryConsume("alice")).isZero();
		assertThat(b.tryConsume("alice")).isZero();
		assertThat(a.tryConsume("alice")).isZero();
		assertThat(b.tryConsume("alice")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
		assertThat(a.tryConsume("bob")).isZero();
	}

	@Test
	void slotsAreSharedAndGivenBackOnRelease() {
		RedisProxyStateStore a = store(0, Duration.ofSeconds(5));
		RedisProxyStateStore b = store(0, Duration.ofSeconds(5));
		ProxyLease first = a.tryAcquire(ProxySlot.IN_FLIGHT, "alice");
		assertThat(first).isNotNull();
		assertThat(b.tryAcquire(ProxySlot.IN_FLIGHT, "alice")).isNotNull();
		assertThat(a.tryAcquire(ProxySlot.IN_FLIGHT, "alice")).as("max 2 in flight, over both").isNull();
		assertThat(b.tryAcquire(ProxySlot.STREAM, "alice")).as("streams are counted apart").isNotNull();
		assertThat(a.tryAcquire(ProxySlot.STREAM, "alice")).as("max 1 stream").isNull();
		first.release();
		awaitTrue(() -> b.tryAcquire(ProxySlot.IN_FLIGHT, "alice") != null, Duration.ofSeconds(2));
	}

	@Test
	void theSlotsOfAnInstanceThatStopsRenewingComeFreeWithinTheLease() {
		RedisProxyStateStore dying = store(0, Duration.ofSeconds(1));
		RedisProxyStateStore survivor = store(0, Duration.ofSeconds(1));
		assertThat(dying.tryAcquire(ProxySlot.STREAM, "alice")).isNotNull();
		// Held for longer than the lease while the owner renews it.
		sleep(1500);
		assertThat(survivor.tryAcquire(ProxySlot.STREAM, "alice")).as("renewed, still held").isNull();
		long died = System.nanoTime();
		dying.close();
		awaitTrue(() -> survivor.tryAcquire(ProxySlot.STREAM, "alice") != null, Duration.ofSeconds(3));
		assertThat(Duration.ofNanos(System.nanoTime() - died)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void responsesBelongToTheirUserOnEveryInstanceUntilTheTtl() {
		RedisProxyStateStore a = store(0, Duration.ofSeconds(5));
		RedisProxyStateStore b = store(0, Duration.ofSeconds(5));
		a.rememberResponse("alice", "resp_1");
		assertThat(b.ownsResponse("alice", "resp_1")).isTrue();
		assertThat(b.ownsResponse("bob", "resp_1")).isFalse();
		assertThat(b.ownsResponse("alice", "resp_2")).isFalse();
		awaitTrue(() -> !b.ownsResponse("alice", "resp_1"), Duration.ofSeconds(4));
	}

	@Test
	void userIdsCannotReachIntoAnotherUsersKeys() {
		RedisProxyStateStore a = store(0, Duration.ofSeconds(5));
		a.rememberResponse("alice:resp_1", "x");
		assertThat(a.ownsResponse("alice", "resp_1:x")).isFalse();
	}

	@Test
	void tokensAddUpAcrossInstances() {
		RedisProxyStateStore a = store(0, Duration.ofSeconds(5));
		RedisProxyStateStore b = store(0, Duration.ofSeconds(5));
		a.addTokens("alice", 700);
		b.addTokens("alice", 300);
		awaitTrue(() -> a.tokensToday("alice") == 1000, Duration.ofSeconds(2));
		assertThat(b.tokensToday("bob")).isZero();
	}

	@Test
	void anOutageFailsFastAndTheStoreRecoversByItselfWhenRedisIsBack() throws Exception {
		RedisProxyStateStore store = store(10, Duration.ofSeconds(5));
		assertThat(store.tryConsume("alice")).isZero();
		redis.stop();
		try {
			long start = System.nanoTime();
			assertThatThrownBy(() -> store.tryConsume("alice")).isInstanceOf(ProxyStoreUnavailableException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
			assertThat(store.status().up()).isFalse();
			assertThat(store.status().error()).isNotBlank();
			// While it stays down, calls fail at once instead of waiting each time.
			start = System.nanoTime();
			assertThatThrownBy(() -> store.ownsResponse("alice", "resp")).isInstanceOf(ProxyStoreUnavailableException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("well under the 500 ms timeout")
				.isLessThan(Duration.ofMillis(300));
		}
		finally {
			redis.restart();
		}
		awaitTrue(() -> {
			try {
				return store.tryConsume("alice").isZero();
			}
			catch (ProxyStoreUnavailableException ex) {
				return false;
			}
		}, Duration.ofSeconds(15));
		assertThat(store.status().up()).isTrue();
	}

	@Test
	void failingOpenCarriesOnWithThisInstancesOwnStateAndReturnsToRedisWhenItIsBack() throws Exception {
		ProxyLimits limits = new ProxyLimits(2, 2, 1, 100, 10, Duration.ofSeconds(2));
		RedisProxyStateStore shared = store(2, Duration.ofSeconds(5));
		FailoverProxyStateStore store = new FailoverProxyStateStore(shared, new InMemoryProxyStateStore(limits), true);
		shared.rememberResponse("alice", "resp_shared");
		redis.stop();
		try {
			assertThat(store.tryConsume("alice")).isZero();
			assertThat(store.tryConsume("alice")).isZero();
			assertThat(store.tryConsume("alice")).as("the local limit holds").isPositive();
			assertThat(store.ownsResponse("alice", "resp_shared")).as("unknown to this instance").isFalse();
			assertThat(store.status().up()).isFalse();
			assertThat(store.status().onFailure()).isEqualTo("fail-open");
		}
		finally {
			redis.restart();
		}
		awaitTrue(() -> {
			store.rememberResponse("bob", "resp_after");
			try {
				return shared.ownsResponse("bob", "resp_after");
			}
			catch (ProxyStoreUnavailableException ex) {
				return false;
			}
		}, Duration.ofSeconds(15));
	}

	@Test
	void failingClosedRefusesWith503AndAShortRetryAfter() throws Exception {
		RedisProxyStateStore shared = store(2, Duration.ofSeconds(5));
		FailoverProxyStateStore store = new FailoverProxyStateStore(shared,
				new InMemoryProxyStateStore(new ProxyLimits(2, 2, 1, 100, 10, Duration.ofSeconds(2))), false);
		redis.stop();
		try {
			assertThatThrownBy(() -> store.tryConsume("alice")).isInstanceOfSatisfying(ProxyRequestException.class, (ex) -> {
				assertThat(ex.error().status()).isEqualTo(503);
				assertThat(ex.error().reason()).isEqualTo("store_unavailable");
				assertThat(ex.error().retryAfterHeader()).isEqualTo("1");
			});
			// What happens after the platform answered never turns into an error.
			store.rememberResponse("alice", "resp");
			store.addTokens("alice", 10);
		}
		finally {
			redis.restart();
		}
	}

	@Test
	void aStoreStartedWhileRedisIsDownConnectsOnceItIsUp() throws Exception {
		redis.stop();
		RedisProxyStateStore store;
		try {
			store = new RedisProxyStateStore(client, RedisURI.create(redis.url()),
					new ProxyLimits(0, 2, 1, 100, 10, Duration.ofSeconds(2)),
					new RedisProxyStateStore.Settings(this.prefix, Duration.ofMillis(300), Duration.ofSeconds(5)),
					Clock.systemUTC());
			this.stores.add(store);
			assertThatThrownBy(() -> store.ownsResponse("alice", "resp")).isInstanceOf(ProxyStoreUnavailableException.class);
		}
		finally {
			redis.restart();
		}
		awaitTrue(() -> {
			try {
				store.rememberResponse("alice", "resp");
				return true;
			}
			catch (ProxyStoreUnavailableException ex) {
				return false;
			}
		}, Duration.ofSeconds(15));
	}

	private static void awaitConnected(RedisProxyStateStore store) {
		awaitTrue(() -> store.status().up(), Duration.ofSeconds(5));
	}

	static void awaitTrue(java.util.function.BooleanSupplier condition, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return;
			}
			sleep(100);
		}
		assertThat(condition.getAsBoolean()).as("condition within " + within).isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
