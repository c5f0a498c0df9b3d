package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform answered with an HTTP error status (4xx or 5xx). {@link #status()}, {@link #reason()},
 * the request id and the decoded body come from the reply (contract §5).
 */
public class ApiErrorException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public ApiErrorException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
