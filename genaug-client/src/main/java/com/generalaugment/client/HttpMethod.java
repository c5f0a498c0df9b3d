package com.generalaugment.client;

/**
 * The HTTP methods the SDK sends, named in the raw escape hatches ({@link AdminClient#adminRequest}) so
 * that calling a route the SDK does not model needs no HTTP library's types. {@code GET}, {@code PUT} and {@code DELETE} are
 * retried after server errors; the others only when the request certainly did not reach the platform.
 */
public enum HttpMethod {

	/** {@code GET}. */
	GET,

	/** {@code POST}. */
	POST,

	/** {@code PUT}. */
	PUT,

	/** {@code PATCH}. */
	PATCH,

	/** {@code DELETE}. */
	DELETE

}
