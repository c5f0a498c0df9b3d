package com.generalaugment.spring.proxy;

/**
 * The kinds of per-user slot the proxy caps: every call in flight, and open streams among them.
 */
public enum ProxySlot {

	/** A proxied call in flight, streaming or not ({@code genaug.proxy.max-in-flight-per-user}). */
	IN_FLIGHT,

	/** An open stream ({@code genaug.proxy.max-concurrent-streams-per-user}). */
	STREAM

}
