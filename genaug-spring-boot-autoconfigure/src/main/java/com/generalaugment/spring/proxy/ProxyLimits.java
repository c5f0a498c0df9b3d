package com.generalaugment.spring.proxy;

import java.time.Duration;

/**
 * The per-user limits a {@link ProxyStateStore} enforces.
 * @param requestsPerMinute the rate limit per user ({@code 0} = none)
 * @param maxInFlightPerUser the most calls in flight per user ({@code 0} = no cap)
 * @param maxStreamsPerUser the most open streams per user ({@code 0} = no cap)
 * @param maxUsers the most users a store in memory tracks at once (the least recently seen go first)
 * @param maxResponsesPerUser the most response ids remembered per user in memory
 * @param conversationTtl how long a response stays continuable by its user
 */
public record ProxyLimits(int requestsPerMinute, int maxInFlightPerUser, int maxStreamsPerUser, int maxUsers,
		int maxResponsesPerUser, Duration conversationTtl) {

	/**
	 * @param requestsPerMinute the rate limit per user
	 * @param maxInFlightPerUser the most calls in flight per user
	 * @param maxStreamsPerUser the most open streams per user
	 * @param maxUsers the most users tracked in memory
	 * @param maxResponsesPerUser the most response ids per user in memory
	 * @param conversationTtl how long a response stays continuable
	 */
	public ProxyLimits {
		if (requestsPerMinute < 0 || maxInFlightPerUser < 0 || maxStreamsPerUser < 0) {
			throw new IllegalArgumentException("limits must not be negative");
		}
		if (maxUsers < 1 || maxResponsesPerUser < 1) {
			throw new IllegalArgumentException("maxUsers and maxResponsesPerUser must be at least 1");
		}
		if (conversationTtl.isNegative() || conversationTtl.isZero()) {
			throw new IllegalArgumentException("conversationTtl must be positive, was " + conversationTtl);
		}
	}

	/**
	 * The cap of a kind of slot.
	 * @param slot the kind
	 * @return the most slots of that kind per user, {@code 0} for no cap
	 */
	public int max(ProxySlot slot) {
		return (slot == ProxySlot.STREAM) ? this.maxStreamsPerUser : this.maxInFlightPerUser;
	}

}
