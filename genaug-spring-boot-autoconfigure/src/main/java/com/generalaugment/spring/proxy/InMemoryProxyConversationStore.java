package com.generalaugment.spring.proxy;

import java.util.Collections;
import java.util.Set;

/**
 * A {@link ProxyConversationStore} in this JVM's memory, bounded twice: the most recent response ids
 * per user, and the most recently seen users. What it forgets can no longer be continued through the
 * proxy, which fails closed (403) rather than open.
 */
public class InMemoryProxyConversationStore implements ProxyConversationStore {

	private final int maxPerUser;

	private final BoundedLruMap<String, Set<String>> responsesByUser;

	/**
	 * Create a store.
	 * @param maxUsers the most users remembered
	 * @param maxPerUser the most response ids remembered per user
	 */
	public InMemoryProxyConversationStore(int maxUsers, int maxPerUser) {
		if (maxPerUser < 1) {
			throw new IllegalArgumentException("maxPerUser must be at least 1, was " + maxPerUser);
		}
		this.maxPerUser = maxPerUser;
		this.responsesByUser = new BoundedLruMap<>(maxUsers);
	}

	@Override
	public void remember(String userId, String responseId) {
		synchronized (this.responsesByUser) {
			this.responsesByUser
				.computeIfAbsent(userId, (user) -> Collections.newSetFromMap(new BoundedLruMap<>(this.maxPerUser)))
				.add(responseId);
		}
	}

	@Override
	public boolean belongsTo(String userId, String responseId) {
		synchronized (this.responsesByUser) {
			Set<String> responses = this.responsesByUser.get(userId);
			return responses != null && responses.contains(responseId);
		}
	}

}
