package com.generalaugment.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;

/**
 * A reply handed back by an {@link HttpSender}: read whole, or for a streaming request with its body
 * still open. Closing it releases the connection.
 */
public interface HttpSenderResponse extends AutoCloseable {

	/** @return the HTTP status code */
	int statusCode();

	/** @return the reply's headers */
	HttpHeaders headers();

	/**
	 * The body.
	 * @return the body's stream
	 * @throws IOException when it cannot be opened
	 */
	InputStream body() throws IOException;

	/**
	 * The whole body. A sender that read it already returns its bytes without copying them.
	 * @return the bytes
	 * @throws IOException when it cannot be read
	 */
	default byte[] bodyBytes() throws IOException {
		try (InputStream in = body()) {
			return in.readAllBytes();
		}
	}

	/** Release the connection; a body not read to its end drops it. */
	@Override
	void close();

}
