package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The exchange failed in transit after it started (reason {@code request_failed}), for example a
 * connection reset in the middle of a reply or a malformed HTTP chunk.
 */
public class RequestFailedException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public RequestFailedException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
