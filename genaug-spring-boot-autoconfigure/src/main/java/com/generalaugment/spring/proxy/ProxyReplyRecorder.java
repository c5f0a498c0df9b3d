package com.generalaugment.spring.proxy;

import com.generalaugment.client.responses.Response;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Records what a platform reply leaves in the {@link ProxyStateStore}: that the response belongs to its
 * user, and — when a budget is set — the tokens it spent. Plain and streamed replies alike.
 */
final class ProxyReplyRecorder {

	private static final Log logger = LogFactory.getLog(ProxyReplyRecorder.class);

	private final ProxyStateStore store;

	private final boolean countTokens;

	/**
	 * @param store where the records go
	 * @param countTokens whether tokens are counted (there is a budget)
	 */
	ProxyReplyRecorder(ProxyStateStore store, boolean countTokens) {
		this.store = store;
		this.countTokens = countTokens;
	}

	/**
	 * Record a reply. The platform has answered by now: a store that cannot record fails closed later (the
	 * user cannot continue this response) or loses a count, never turning the reply into an error.
	 * @param userId the user
	 * @param response the reply
	 * @param finished whether it is the finished response, the one whose usage counts
	 */
	void record(String userId, Response response, boolean finished) {
		try {
			if (response.id() != null) {
				this.store.rememberResponse(userId, response.id());
			}
			if (this.countTokens && finished && response.usage() != null) {
				this.store.addTokens(userId, response.usage().totalTokens());
			}
		}
		catch (RuntimeException ex) {
			logger.debug("The proxy store did not record response " + response.id() + ": " + ex.getMessage());
		}
	}

}
