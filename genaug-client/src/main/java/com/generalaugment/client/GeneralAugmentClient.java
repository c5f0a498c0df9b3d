package com.generalaugment.client;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.http.ApiRequest;
import com.generalaugment.client.http.RetrySafety;
import com.generalaugment.client.http.Transport;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateRequest;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.responses.StructuredResponse;
import com.generalaugment.client.responses.TextFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The General Augment client for app traffic, authenticated with a project key
 * ({@code Authorization: Bearer}): Responses (plain, streaming, structured) and per-user memory. Method
 * names follow the platform's TypeScript SDK, so its documentation reads straight across.
 *
 * <pre>{@code
 * GeneralAugmentClient client = GeneralAugmentClient.builder()
 *     .apiKey(System.getenv("GENAUG_API_KEY"))
 *     .build();
 * Response response = client.createResponse(ResponseCreateRequest.builder()
 *     .user("app-user-123")
 *     .input("Summarize this support request and suggest the next action.")
 *     .build());
 * String text = response.outputText();
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Calls block the calling thread, which pairs
 * naturally with virtual threads on Java 21+. Every failure is a {@link GeneralAugmentException}; switch
 * on its {@code reason()}.
 */
public final class GeneralAugmentClient {

	private final Transport transport;

	private final JsonMapper mapper;

	private GeneralAugmentClient(Transport transport, JsonMapper mapper) {
		this.transport = transport;
		this.mapper = mapper;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the base URL calls go to */
	public String baseUrl() {
		return this.transport.settings().baseUrl();
	}

	/** @return the timeout of one attempt ({@link Duration#ZERO} = none) */
	public Duration timeout() {
		return this.transport.settings().timeout();
	}

	/** @return the number of retries after a failed attempt */
	public int maxRetries() {
		return this.transport.settings().retryPolicy().maxRetries();
	}

	/**
	 * Create a response ({@code POST /v1/responses}).
	 * @param request the request
	 * @return the response
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public Response createResponse(ResponseCreateRequest request) {
		return createResponse(request, RequestOptions.none());
	}

	/**
	 * Create a response with per-call options.
	 * @param request the request
	 * @param options idempotency key, request id, trace context, timeout, headers
	 * @return the response
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public Response createResponse(ResponseCreateRequest request, RequestOptions options) {
		JsonNode body = this.transport.execute(responsesCall("createResponse", request, false, options));
		if (!body.isObject()) {
			throw new IllegalStateException("The platform answered /v1/responses without a JSON object");
		}
		return new Response(body);
	}

	/**
	 * Create a response whose structured output is read into a Java type. When the request sets no
	 * {@code text} format, a strict {@code json_schema} derived from the type is sent.
	 * @param <T> the type
	 * @param request the request
	 * @param type a record or simple class
	 * @return the response and the value
	 * @throws com.generalaugment.client.error.StructuredOutputException when the output does not fit the
	 * type (the raw text is kept)
	 */
	public <T> StructuredResponse<T> createResponse(ResponseCreateRequest request, Class<T> type) {
		return createResponse(request, type, RequestOptions.none());
	}

	/**
	 * Create a response whose structured output is read into a Java type, with per-call options.
	 * @param <T> the type
	 * @param request the request
	 * @param type a record or simple class
	 * @param options the per-call options
	 * @return the response and the value
	 * @throws com.generalaugment.client.error.StructuredOutputException when the output does not fit the
	 * type (the raw text is kept)
	 */
	public <T> StructuredResponse<T> createResponse(ResponseCreateRequest request, Class<T> type,
			RequestOptions options) {
		Objects.requireNonNull(type, "type");
		ResponseCreateRequest structured = (request.text() != null) ? request
				: request.toBuilder().text(TextFormat.jsonSchema(type)).build();
		Response response = createResponse(structured, options);
		JsonNode value = response.outputParsed();
		try {
			return new StructuredResponse<>(response, this.mapper.treeToValue(value, type));
		}
		catch (JacksonException ex) {
			throw StructuredOutputs.mismatch(response, type, ex);
		}
	}

	/**
	 * Stream a response ({@code POST /v1/responses} with {@code stream: true}). Events are delivered as
	 * they arrive; close the stream (try-with-resources) to free the connection.
	 * @param request the request ({@code stream} is forced to {@code true})
	 * @return the open stream
	 * @throws GeneralAugmentException when the stream could not be opened, after retries
	 */
	public ResponseStream streamResponse(ResponseCreateRequest request) {
		return streamResponse(request, RequestOptions.none());
	}

	/**
	 * Stream a response with per-call options.
	 * @param request the request ({@code stream} is forced to {@code true})
	 * @param options the per-call options
	 * @return the open stream
	 * @throws GeneralAugmentException when the stream could not be opened, after retries
	 */
	public ResponseStream streamResponse(ResponseCreateRequest request, RequestOptions options) {
		ResponseCreateRequest streaming = Boolean.TRUE.equals(request.stream()) ? request
				: request.toBuilder().stream(true).build();
		return new ResponseStream(this.transport.openStream(responsesCall("streamResponse", streaming, true, options)));
	}

	private ApiRequest responsesCall(String operation, ResponseCreateRequest request, boolean streaming,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		// Contract §1: every create/stream call carries an idempotency key, the same on each retry, which
		// is what makes /v1/responses safe to repeat.
		String idempotencyKey = (options.idempotencyKey() != null && !options.idempotencyKey().isBlank())
				? options.idempotencyKey() : UUID.randomUUID().toString();
		return ApiRequest.builder(operation, HttpMethod.POST, "/v1/responses")
			.body(this.transport.writeJson(request.toJson(this.mapper)))
			.headers(options.headers())
			.header("X-Idempotency-Key", idempotencyKey)
			.timeout(options.timeout())
			.safety(RetrySafety.IDEMPOTENT)
			.model(request.model())
			.build();
	}

	@Override
	public String toString() {
		return "GeneralAugmentClient{baseUrl=" + baseUrl() + "}";
	}

	/**
	 * Builder of {@link GeneralAugmentClient}.
	 */
	public static final class Builder extends ClientBuilderSupport<Builder> {

		private @Nullable String apiKey;

		private Builder() {
		}

		/**
		 * The project key (required), sent as {@code Authorization: Bearer}. Keep it on the server.
		 * @param apiKey the key
		 * @return this builder
		 */
		public Builder apiKey(@Nullable String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Select the project with {@code X-Project-ID} (when a management key is used as Bearer).
		 * @param projectId the project id
		 * @return this builder
		 */
		public Builder projectId(String projectId) {
			return defaultHeader("X-Project-ID", projectId);
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException when the key is blank or a setting is invalid
		 */
		public GeneralAugmentClient build() {
			String key = requireKey(this.apiKey, "apiKey", "GENAUG_API_KEY");
			return new GeneralAugmentClient(buildTransport("Authorization", "Bearer " + key), mapper());
		}

	}

}
