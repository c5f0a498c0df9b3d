package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) reply that is not what the contract promises: a body that is not JSON (reason
 * {@code malformed_json}, {@link #rawBody()} kept), or a reply to a stream request that is not
 * {@code text/event-stream} (reason {@code unexpected_content_type}; its body is dropped unread, with
 * the connection). {@link #status()} and {@link #requestId()} are kept.
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
