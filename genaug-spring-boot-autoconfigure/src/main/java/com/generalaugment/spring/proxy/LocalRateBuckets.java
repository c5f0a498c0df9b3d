package com.generalaugment.spring.proxy;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-user Bucket4j token buckets in this JVM: {@code requestsPerMinute} tokens, refilled greedily over a
 * minute, so a user may burst up to the limit and then proceeds at the steady rate. Only this class
 * touches Bucket4j, so a store without a rate limit runs without it on the class path.
 */
final class LocalRateBuckets {

	private final Bandwidth bandwidth;

	// A bucket left alone for a minute is full again: forgetting it then changes nothing.
	private final Cache<String, Bucket> buckets;

	LocalRateBuckets(int requestsPerMinute, int maxUsers) {
		this.bandwidth = perMinute(requestsPerMinute);
		this.buckets = Caffeine.newBuilder().maximumSize(maxUsers).expireAfterAccess(Duration.ofMinutes(1)).build();
	}

	static Bandwidth perMinute(int requestsPerMinute) {
		if (requestsPerMinute < 1) {
			throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + requestsPerMinute);
		}
		return Bandwidth.builder()
			.capacity(requestsPerMinute)
			.refillGreedy(requestsPerMinute, Duration.ofMinutes(1))
			.build();
	}

	Duration tryConsume(String userId) {
		Bucket bucket = this.buckets.get(userId, (user) -> Bucket.builder().addLimit(this.bandwidth).build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
	}

}
