package com.generalaugment.client.http;

import java.io.IOException;

/**
 * Sends one HTTP exchange for the SDK. The SDK builds every request (URL, headers, credential, body) and
 * handles every reply (retries, typed errors, listeners); a sender only moves bytes, within the
 * request's limits:
 * <ul>
 * <li>{@link HttpSenderRequest#timeout()} bounds the wait for the reply's headers and, unless the
 * request is {@linkplain HttpSenderRequest#streaming() streaming}, the reading of its whole body; past
 * it, fail with a {@link java.net.http.HttpTimeoutException};</li>
 * <li>a streaming request's body is handed over open, and closed by the sender at
 * {@link HttpSenderRequest#bodyTimeout()}, when it has one, so that a blocked read fails;</li>
 * <li>any other reply is read whole before {@code send} returns, a 2xx reply at most
 * {@link HttpSenderRequest#maxResponseSize()} bytes of it ({@link ReplyTooLargeException} past that).</li>
 * </ul>
 * A thread interrupted while waiting ends the exchange with an {@link java.io.InterruptedIOException}.
 *
 * <p>Implementations are thread-safe: one sender serves every call of a client.
 */
@FunctionalInterface
public interface HttpSender {

	/**
	 * Send a request and wait for its reply.
	 * @param request the request
	 * @return the reply, which the SDK closes
	 * @throws IOException when the exchange fails
	 */
	HttpSenderResponse send(HttpSenderRequest request) throws IOException;

}
