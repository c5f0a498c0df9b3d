package com.generalaugment.spring.proxy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps how many streams each user has open at once. Only users with an open stream take memory.
 */
public final class ProxyStreamSlots {

	private final int maxPerUser;

	private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

	private final AtomicInteger total = new AtomicInteger();

	/**
	 * Create the cap.
	 * @param maxPerUser the most open streams per user, 0 for no cap
	 */
	/**
	 * Slots with the given cap.
	 * @param maxPerUser the most streams one user may have open ({@code 0} = no cap)
	 */
	public ProxyStreamSlots(int maxPerUser) {
		this.maxPerUser = maxPerUser;
	}

	/**
	 * Take a slot for a new stream.
	 * @param userId the user
	 * @return {@code true} when the user may open it; then {@link #release(String)} must follow once
	 */
	boolean tryAcquire(String userId) {
		boolean[] acquired = new boolean[1];
		this.open.compute(userId, (user, count) -> {
			int current = (count != null) ? count : 0;
			acquired[0] = this.maxPerUser <= 0 || current < this.maxPerUser;
			return acquired[0] ? current + 1 : count;
		});
		if (acquired[0]) {
			this.total.incrementAndGet();
		}
		return acquired[0];
	}

	void release(String userId) {
		this.open.computeIfPresent(userId, (user, count) -> (count > 1) ? count - 1 : null);
		this.total.decrementAndGet();
	}

	/** @return the slots taken now, over all users */
	int taken() {
		return this.total.get();
	}

}
