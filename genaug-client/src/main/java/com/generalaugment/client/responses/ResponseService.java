package com.generalaugment.client.responses;

import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.StructuredOutputException;

/**
 * Responses ({@code POST /v1/responses}): {@code client.responses()}. Plain, structured into a Java type,
 * or streamed as Server-Sent Events. Every method also takes {@link RequestOptions} for one call;
 * {@link #withOptions(RequestOptions)} gives a view whose calls all carry them.
 *
 * <pre>{@code
 * Response response = client.responses().create(ResponseCreateParams.builder()
 *     .user("app-user-123")
 *     .input("Summarize this support request and suggest the next action.")
 *     .build());
 * }</pre>
 *
 * <p>An interface so that an application's tests can stand in for it; the SDK's implementation is
 * thread-safe and shared by the client.
 */
public interface ResponseService {

	/**
	 * A view of this service whose calls carry the options (a call's own options win field by field).
	 * @param options the options
	 * @return the view
	 */
	ResponseService withOptions(RequestOptions options);

	/**
	 * Create a response.
	 * @param params the parameters
	 * @return the response
	 * @throws GeneralAugmentException on failure, after retries
	 */
	default Response create(ResponseCreateParams params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * Create a response, with options for this call.
	 * @param params the parameters
	 * @param options idempotency key, request id, trace context, timeout, headers
	 * @return the response
	 * @throws GeneralAugmentException on failure, after retries
	 */
	Response create(ResponseCreateParams params, RequestOptions options);

	/**
	 * Create a response whose structured output is read into a Java type. When the parameters set no
	 * {@code text} format, a strict {@code json_schema} derived from the type is sent.
	 * @param <T> the type
	 * @param params the parameters
	 * @param type a record or simple class
	 * @return the response and the value
	 * @throws StructuredOutputException when the output does not fit the type (the raw text is kept)
	 * @throws GeneralAugmentException on any other failure, after retries
	 */
	default <T> StructuredResponse<T> create(ResponseCreateParams params, Class<T> type) {
		return create(params, type, RequestOptions.none());
	}

	/**
	 * Create a response whose structured output is read into a Java type, with options for this call.
	 * @param <T> the type
	 * @param params the parameters
	 * @param type a record or simple class
	 * @param options the options
	 * @return the response and the value
	 * @throws StructuredOutputException when the output does not fit the type (the raw text is kept)
	 * @throws GeneralAugmentException on any other failure, after retries
	 */
	<T> StructuredResponse<T> create(ResponseCreateParams params, Class<T> type, RequestOptions options);

	/**
	 * Stream a response: events are delivered as they arrive; close the stream (try-with-resources) to
	 * free the connection.
	 * @param params the parameters
	 * @return the open stream
	 * @throws GeneralAugmentException when the stream could not be opened, after retries
	 */
	default ResponseStream stream(ResponseCreateParams params) {
		return stream(params, RequestOptions.none());
	}

	/**
	 * Stream a response, with options for this call ({@link RequestOptions#streamTimeout()} lets it last
	 * longer than the timeout).
	 * @param params the parameters
	 * @param options the options
	 * @return the open stream
	 * @throws GeneralAugmentException when the stream could not be opened, after retries
	 */
	ResponseStream stream(ResponseCreateParams params, RequestOptions options);

}
