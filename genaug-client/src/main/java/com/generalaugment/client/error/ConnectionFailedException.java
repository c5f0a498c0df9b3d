package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform could not be reached (reason {@code connection_failed}): connection refused, DNS
 * failure, TLS failure or a connection reset before any reply.
 */
public class ConnectionFailedException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public ConnectionFailedException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
