package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A reply larger than the client's limit (reason {@code response_too_large}): a whole reply over the
 * builder's {@code maxResponseSize}, or one event of a stream over its {@code maxStreamEventSize}. The
 * connection is dropped without reading the rest, and the call is not retried, since the platform would
 * send the same reply again. {@link #status()} and {@link #requestId()} are those of the reply.
 */
public class ResponseTooLargeException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public ResponseTooLargeException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
