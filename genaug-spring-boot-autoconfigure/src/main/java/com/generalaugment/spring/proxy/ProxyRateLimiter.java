package com.generalaugment.spring.proxy;

import java.time.Duration;

/**
 * Limits how often each user may call the proxy. The default keeps Bucket4j token buckets in this JVM
 * ({@link Bucket4jProxyRateLimiter#local(int, int)}); to share the limit between instances declare a
 * bean of this type, e.g. {@link Bucket4jProxyRateLimiter#distributed(io.github.bucket4j.distributed.proxy.ProxyManager, int)}
 * over Bucket4j's Redis or JCache {@code ProxyManager}.
 */
@FunctionalInterface
public interface ProxyRateLimiter {

	/** A limiter that lets every request through. */
	ProxyRateLimiter UNLIMITED = (userId) -> Duration.ZERO;

	/**
	 * Take one request from a user's allowance.
	 * @param userId the resolved user id
	 * @return {@link Duration#ZERO} when the request may proceed, otherwise how long the user should wait
	 * (sent as {@code Retry-After} with a 429)
	 */
	Duration tryAcquire(String userId);

}
