package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The structured output of a response could not be read: the output text was empty, was not valid
 * JSON, or did not fit the requested Java type. {@link #rawBody()} keeps the raw output text.
 */
public class StructuredOutputException extends GeneralAugmentException {

	/**
	 * Create the exception.
	 * @param details what is known about the failure
	 * @param cause the underlying cause, if any
	 */
	public StructuredOutputException(ErrorDetails details, @Nullable Throwable cause) {
		super(details, cause);
	}

}
