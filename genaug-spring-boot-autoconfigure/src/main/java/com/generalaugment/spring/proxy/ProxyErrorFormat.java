package com.generalaugment.spring.proxy;

/**
 * How the proxy writes the errors it answers with (not a stream's error events, which keep the
 * platform's shape).
 */
public enum ProxyErrorFormat {

	/**
	 * The platform's shape, {@code {"error": {"reason", "message", "request_id"}}} as
	 * {@code application/json}: what the platform's phone SDKs parse.
	 */
	PLATFORM,

	/**
	 * RFC 9457 Problem Details as {@code application/problem+json}: {@code type}, {@code title},
	 * {@code status}, {@code detail}, with {@code reason} and {@code request_id} as extension members.
	 */
	PROBLEM

}
