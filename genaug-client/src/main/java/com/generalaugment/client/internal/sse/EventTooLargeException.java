package com.generalaugment.client.internal.sse;

import java.io.IOException;

/**
 * An event of a stream, or one of its lines, is larger than the reader's maximum event size. The reader
 * holds no more of it; the body should be closed.
 */
public class EventTooLargeException extends IOException {

	private final int limit;

	/**
	 * Create the exception.
	 * @param limit the maximum event size, in bytes
	 */
	public EventTooLargeException(int limit) {
		super("A stream event is over the limit of " + limit + " bytes");
		this.limit = limit;
	}

	/** @return the maximum event size, in bytes */
	public int limit() {
		return this.limit;
	}

}
