package com.generalaugment.spring.proxy;

/**
 * Remembers which response ids the proxy returned to which user, so that a client-sent
 * {@code previous_response_id} is accepted only for the same user's own responses (otherwise one user
 * could continue another's conversation). The default ({@link InMemoryProxyConversationStore}) lives in
 * one JVM; declare a bean of this type to share the memory between instances (e.g. in Redis).
 */
public interface ProxyConversationStore {

	/**
	 * Record that a response was returned to a user.
	 * @param userId the resolved user id
	 * @param responseId the response id ({@code resp_…})
	 */
	void remember(String userId, String responseId);

	/**
	 * Whether a response was returned to this user (and is still remembered).
	 * @param userId the resolved user id
	 * @param responseId the response id the client wants to continue
	 * @return {@code true} when the user may continue it
	 */
	boolean belongsTo(String userId, String responseId);

}
