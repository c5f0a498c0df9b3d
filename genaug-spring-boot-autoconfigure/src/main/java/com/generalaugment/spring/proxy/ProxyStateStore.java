package com.generalaugment.spring.proxy;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Every piece of per-user state the proxy keeps, in one place, so that several instances of an
 * application can share it: the rate-limit allowance, the in-flight and open-stream slots, which user
 * received which response (for {@code previous_response_id}), and the tokens each user spent today.
 * The default ({@link InMemoryProxyStateStore}) lives in this JVM; {@link RedisProxyStateStore} shares
 * it through Redis ({@code genaug.proxy.store=redis}). Declare a bean of this type to keep it elsewhere.
 *
 * <p>Every method is called on a request's path, so an implementation must answer within a short,
 * bounded time; when its backing store cannot answer it throws {@link ProxyStoreUnavailableException},
 * and the proxy fails closed or open as configured.
 */
public interface ProxyStateStore {

	/**
	 * Take one request from a user's allowance.
	 * @param userId the resolved user id
	 * @return {@link Duration#ZERO} when the request may proceed, otherwise how long the user should wait
	 * @throws ProxyStoreUnavailableException when the store cannot answer in time
	 */
	Duration tryConsume(String userId);

	/**
	 * Take one of a user's slots of a kind.
	 * @param slot the kind of slot
	 * @param userId the resolved user id
	 * @return the lease, to be {@linkplain ProxyLease#release() released} once when the call ends, or
	 * {@code null} when the user holds every slot of that kind already
	 * @throws ProxyStoreUnavailableException when the store cannot answer in time
	 */
	@Nullable ProxyLease tryAcquire(ProxySlot slot, String userId);

	/**
	 * Record that a response was returned to a user.
	 * @param userId the resolved user id
	 * @param responseId the response id
	 * @throws ProxyStoreUnavailableException when the store cannot answer in time
	 */
	void rememberResponse(String userId, String responseId);

	/**
	 * Whether a response was returned to this user and is still remembered.
	 * @param userId the resolved user id
	 * @param responseId the response id the client wants to continue
	 * @return {@code true} when the user may continue it
	 * @throws ProxyStoreUnavailableException when the store cannot answer in time
	 */
	boolean ownsResponse(String userId, String responseId);

	/**
	 * The platform tokens a user has spent today (UTC).
	 * @param userId the resolved user id
	 * @return the tokens, {@code 0} when none
	 * @throws ProxyStoreUnavailableException when the store cannot answer in time
	 */
	long tokensToday(String userId);

	/**
	 * Add to the platform tokens a user spent today (UTC).
	 * @param userId the resolved user id
	 * @param tokens the tokens of one reply
	 * @throws ProxyStoreUnavailableException when the store cannot answer in time
	 */
	void addTokens(String userId, long tokens);

	/** @return what the health indicator reports about the store */
	ProxyStoreStatus status();

}
