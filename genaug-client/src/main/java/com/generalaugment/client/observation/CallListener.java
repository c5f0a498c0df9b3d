package com.generalaugment.client.observation;

/**
 * A hook around every platform call made by a client: the single place observations, logs and the
 * support bundle's list of recent calls hang off.
 *
 * <p>{@link #onStart(CallStart)} runs on the calling thread before the first attempt; the returned
 * {@link Call} is ended exactly once when the call completes — for a stream, when the stream ends,
 * fails or is closed. Implementations must be thread-safe and fast; an exception thrown by a listener
 * is logged and never fails the call.
 */
@FunctionalInterface
public interface CallListener {

	/**
	 * A call is starting.
	 * @param start what is about to be called; may receive extra request headers
	 * @return the handle that receives the call's outcome
	 */
	Call onStart(CallStart start);

	/**
	 * One call in flight.
	 */
	@FunctionalInterface
	interface Call {

		/**
		 * The call completed, successfully or not.
		 * @param record what happened
		 */
		void onEnd(CallRecord record);

	}

}
