package com.generalaugment.spring.proxy;

/**
 * A {@link ProxyStateStore} could not answer in time: its backing store is unreachable, slow or
 * refusing. The message says why and never carries a credential.
 */
public class ProxyStoreUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message why, e.g. "Redis did not answer within 500 ms"
	 * @param cause the underlying failure, if any
	 */
	public ProxyStoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * @param message why
	 */
	public ProxyStoreUnavailableException(String message) {
		super(message);
	}

}
