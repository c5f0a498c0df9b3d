package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.function.Function;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * A {@link ProxyRateLimiter} on Bucket4j token buckets: each user has a bucket of
 * {@code requestsPerMinute} tokens, refilled greedily over a minute, so a user may burst up to the limit
 * and then proceeds at the steady rate.
 */
public final class Bucket4jProxyRateLimiter implements ProxyRateLimiter {

	private final Function<String, Bucket> buckets;

	private Bucket4jProxyRateLimiter(Function<String, Bucket> buckets) {
		this.buckets = buckets;
	}

	/**
	 * Buckets in this JVM, for at most {@code maxUsers} users: the least recently seen user's bucket is
	 * dropped first (that user starts again with a full bucket), which keeps memory bounded.
	 * @param requestsPerMinute the allowance per user and minute (at least 1)
	 * @param maxUsers the most users tracked
	 * @return the limiter
	 */
	public static Bucket4jProxyRateLimiter local(int requestsPerMinute, int maxUsers) {
		Bandwidth bandwidth = perMinute(requestsPerMinute);
		BoundedLruMap<String, Bucket> buckets = new BoundedLruMap<>(maxUsers);
		return new Bucket4jProxyRateLimiter((userId) -> {
			synchronized (buckets) {
				return buckets.computeIfAbsent(userId, (user) -> Bucket.builder().addLimit(bandwidth).build());
			}
		});
	}

	/**
	 * Buckets kept by a Bucket4j {@link ProxyManager} (Redis, JCache, a database…), shared by every
	 * instance of the application. Keys are the user ids prefixed with {@code genaug-proxy:}.
	 * @param proxyManager the proxy manager
	 * @param requestsPerMinute the allowance per user and minute (at least 1)
	 * @return the limiter
	 */
	public static Bucket4jProxyRateLimiter distributed(ProxyManager<String> proxyManager, int requestsPerMinute) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(perMinute(requestsPerMinute))
			.build();
		return new Bucket4jProxyRateLimiter(
				(userId) -> proxyManager.builder().build("genaug-proxy:" + userId, () -> configuration));
	}

	private static Bandwidth perMinute(int requestsPerMinute) {
		if (requestsPerMinute < 1) {
			throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + requestsPerMinute);
		}
		return Bandwidth.builder().capacity(requestsPerMinute).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build();
	}

	@Override
	public Duration tryAcquire(String userId) {
		ConsumptionProbe probe = this.buckets.apply(userId).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
	}

}
