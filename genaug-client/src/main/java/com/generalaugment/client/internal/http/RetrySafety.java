package com.generalaugment.client.internal.http;

/**
 * Whether a call may be repeated after the platform may already have acted on it (contract §5).
 */
public enum RetrySafety {

	/**
	 * Safe to repeat: GET, PUT and DELETE, {@code /v1/responses} (always sent with an idempotency key),
	 * memory writes with an {@code idempotency_key}, dispatches with a {@code dispatch_key}.
	 */
	IDEMPOTENT,

	/**
	 * Has side effects (a billed test call, a code sent to a phone, a created job…): repeated only when
	 * the request certainly did not reach the platform (connection refused, connect timeout) or was
	 * refused with 429.
	 */
	UNSAFE

}
