package com.generalaugment.spring.proxy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ProxyStateStore} of one instance, in this JVM's memory, bounded throughout: Caffeine caches
 * keep the most recently seen users' rate buckets, response ids and token counts, and slots take memory
 * only while held. What it forgets fails closed where it matters — a forgotten response can no longer be
 * continued (403) — and open where it does not: a forgotten bucket or token count starts afresh.
 */
public final class InMemoryProxyStateStore implements ProxyStateStore {

	private final ProxyLimits limits;

	private final Clock clock;

	private final @Nullable LocalRateBuckets rate;

	private final ConcurrentHashMap<SlotKey, Integer> slots = new ConcurrentHashMap<>();

	private final Cache<String, Deque<String>> responses;

	private final Cache<String, DailyTokens> tokens;

	/**
	 * A store with the given limits, on the system clock.
	 * @param limits the per-user limits
	 */
	public InMemoryProxyStateStore(ProxyLimits limits) {
		this(limits, Clock.systemUTC());
	}

	/**
	 * A store with the given limits.
	 * @param limits the per-user limits
	 * @param clock the clock that says which UTC day it is, for token budgets
	 */
	public InMemoryProxyStateStore(ProxyLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
		this.rate = (limits.requestsPerMinute() > 0) ? new LocalRateBuckets(limits.requestsPerMinute(), limits.maxUsers())
				: null;
		this.responses = Caffeine.newBuilder()
			.maximumSize(limits.maxUsers())
			.expireAfterWrite(limits.conversationTtl())
			.build();
		this.tokens = Caffeine.newBuilder().maximumSize(limits.maxUsers()).expireAfterWrite(Duration.ofHours(25)).build();
	}

	@Override
	public Duration tryConsume(String userId) {
		return (this.rate != null) ? this.rate.tryConsume(userId) : Duration.ZERO;
	}

	@Override
	public @Nullable ProxyLease tryAcquire(ProxySlot slot, String userId) {
		int max = this.limits.max(slot);
		if (max <= 0) {
			return ProxyLease.NONE;
		}
		SlotKey key = new SlotKey(slot, userId);
		boolean[] acquired = new boolean[1];
		this.slots.compute(key, (held, count) -> {
			int current = (count != null) ? count : 0;
			acquired[0] = current < max;
			return acquired[0] ? current + 1 : count;
		});
		if (!acquired[0]) {
			return null;
		}
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				this.slots.computeIfPresent(key, (held, count) -> (count > 1) ? count - 1 : null);
			}
		};
	}

	@Override
	public void rememberResponse(String userId, String responseId) {
		Deque<String> ids = this.responses.get(userId, (user) -> new ArrayDeque<>());
		synchronized (ids) {
			if (!ids.contains(responseId)) {
				ids.addLast(responseId);
				if (ids.size() > this.limits.maxResponsesPerUser()) {
					ids.removeFirst();
				}
			}
		}
	}

	@Override
	public boolean ownsResponse(String userId, String responseId) {
		Deque<String> ids = this.responses.getIfPresent(userId);
		if (ids == null) {
			return false;
		}
		synchronized (ids) {
			return ids.contains(responseId);
		}
	}

	@Override
	public long tokensToday(String userId) {
		DailyTokens daily = this.tokens.getIfPresent(userId);
		return (daily != null && daily.day().equals(today())) ? daily.count().get() : 0;
	}

	@Override
	public void addTokens(String userId, long tokens) {
		if (tokens <= 0) {
			return;
		}
		LocalDate today = today();
		DailyTokens daily = this.tokens.asMap()
			.compute(userId, (user, current) -> (current != null && current.day().equals(today)) ? current
					: new DailyTokens(today, new AtomicLong()));
		daily.count().addAndGet(tokens);
	}

	@Override
	public ProxyStoreStatus status() {
		return ProxyStoreStatus.up("memory", "none");
	}

	/** @return the slots held now over all users, for tests and meters */
	int held() {
		return this.slots.values().stream().mapToInt(Integer::intValue).sum();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private record SlotKey(ProxySlot slot, String userId) {
	}

	private record DailyTokens(LocalDate day, AtomicLong count) {
	}

}
