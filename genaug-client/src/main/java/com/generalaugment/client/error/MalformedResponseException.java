package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) reply whose body is not the JSON the contract promises (reason
 * {@code malformed_json}). {@link #status()}, {@link #rawBody()} and {@link #requestId()} are kept.
 */
public class MalformedResponseException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public MalformedResponseException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
