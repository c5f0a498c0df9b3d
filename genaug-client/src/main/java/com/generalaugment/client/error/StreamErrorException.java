package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform sent {@code event: error} inside a stream (status {@code 0}; reason from the event's
 * {@code reason} or {@code code}, else {@code stream_error}).
 */
public class StreamErrorException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public StreamErrorException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
