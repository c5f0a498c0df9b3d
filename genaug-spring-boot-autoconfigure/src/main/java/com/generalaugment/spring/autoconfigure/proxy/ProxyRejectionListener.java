package com.generalaugment.spring.autoconfigure.proxy;

/**
 * Told of every request the proxy refuses itself (a limit, admission, a bad request), by reason; the
 * Micrometer meters are one.
 */
@FunctionalInterface
interface ProxyRejectionListener {

	void rejected(String reason);

}
