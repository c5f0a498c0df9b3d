package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The call did not complete within its timeout (reason {@code request_timeout}). The timeout covers a
 * whole attempt, including the whole body of a stream.
 */
public class RequestTimeoutException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public RequestTimeoutException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
