package com.generalaugment.client.observation;

import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * A call about to start, as seen by a {@link CallListener}.
 *
 * @param operation the SDK operation, e.g. {@code createResponse}, {@code storeMemory}, {@code usage}
 * @param model the requested model for Responses calls, else {@code null}
 * @param streaming whether the call streams its reply
 * @param headers adds a request header to every attempt (for example W3C {@code traceparent}); headers
 * the caller set explicitly in its per-call options win
 */
public record CallStart(String operation, @Nullable String model, boolean streaming,
		BiConsumer<String, String> headers) {

	/**
	 * Add a request header to the call unless the caller already set it.
	 * @param name the header name
	 * @param value the value
	 */
	public void header(String name, String value) {
		this.headers.accept(name, value);
	}

}
