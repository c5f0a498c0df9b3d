package com.generalaugment.spring.proxy;

/**
 * Told of every request the proxy refuses itself (a limit, admission, a bad request), by reason; the
 * Micrometer meters are one.
 */
@FunctionalInterface
public interface ProxyRejectionListener {

	/**
	 * A request was refused.
	 * @param reason the refusal's reason, as sent in the error body (such as {@code rate_limited})
	 */
	void rejected(String reason);

}
