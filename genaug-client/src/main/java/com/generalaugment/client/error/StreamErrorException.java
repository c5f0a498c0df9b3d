package com.generalaugment.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A stream failed after it started (status {@code 0}): the platform sent {@code event: error} (reason
 * from the event's {@code reason} or {@code code}, else {@code stream_error}), or the body ended before a
 * final event (reason {@code stream_truncated}) — a cut the connection did not report, by a proxy or a
 * platform restart, which leaves the reply unfinished.
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
