package com.generalaugment.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.http.ApiRequest;
import com.generalaugment.client.http.RetrySafety;
import com.generalaugment.client.http.Transport;
import com.generalaugment.client.memory.MemoryDeletion;
import com.generalaugment.client.memory.MemoryProfile;
import com.generalaugment.client.memory.MemorySearchRequest;
import com.generalaugment.client.memory.MemorySearchResult;
import com.generalaugment.client.memory.MemoryStoreRequest;
import com.generalaugment.client.memory.MemoryStoreResult;
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

	private static final String MEMORY_PATH = "/api/v1/agent/memory";

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
	 * The JDK client this client's calls go out on: the one given to the builder, else the SDK's default
	 * shared by the JVM (built by this call if no call has built it yet). For requests that should take the
	 * same route — proxy, TLS — as the client's own, such as the starter's health probe; sending through it
	 * bypasses the client's key, retries and deadline.
	 * @return the JDK client
	 */
	public HttpClient httpClient() {
		return this.transport.httpClient();
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

	/**
	 * Remember a fact about a user ({@code POST /api/v1/agent/memory/store}). Send the same user id as
	 * {@code user} to {@code /v1/responses} so later turns see it. Retried after a server error only
	 * when the request carries an {@code idempotency_key} (contract §5).
	 * @param request the fact
	 * @return the stored fact
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryStoreResult storeMemory(MemoryStoreRequest request) {
		return storeMemory(request, RequestOptions.none());
	}

	/**
	 * Remember a fact about a user, with per-call options. The memory route reads its idempotency key
	 * from the body: set it with {@link MemoryStoreRequest.Builder#idempotencyKey(String)}, not with
	 * {@link RequestOptions#idempotencyKey()}.
	 * @param request the fact
	 * @param options request id, trace context, timeout, headers
	 * @return the stored fact
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryStoreResult storeMemory(MemoryStoreRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		// Contract §5: a store is safe to repeat only when the platform can recognise the repeat.
		RetrySafety safety = (request.idempotencyKey() != null) ? RetrySafety.IDEMPOTENT : RetrySafety.UNSAFE;
		JsonNode reply = this.transport.execute(memoryCall("storeMemory", HttpMethod.POST, "/store", options)
			.body(this.transport.writeJson(request.toJson(this.mapper)))
			.safety(safety)
			.build());
		return new MemoryStoreResult(replyObject(reply, "storeMemory"));
	}

	/**
	 * Search a user's facts ({@code POST /api/v1/agent/memory/search}), best match first.
	 * @param request the user and filters
	 * @return the matching facts
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemorySearchResult searchMemory(MemorySearchRequest request) {
		return searchMemory(request, RequestOptions.none());
	}

	/**
	 * Search a user's facts, with per-call options. A search changes nothing, so it is retried like a read.
	 * @param request the user and filters
	 * @param options request id, trace context, timeout, headers
	 * @return the matching facts
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemorySearchResult searchMemory(MemorySearchRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		JsonNode reply = this.transport.execute(memoryCall("searchMemory", HttpMethod.POST, "/search", options)
			.body(this.transport.writeJson(request.toJson(this.mapper)))
			.safety(RetrySafety.IDEMPOTENT)
			.build());
		return new MemorySearchResult(replyObject(reply, "searchMemory"));
	}

	/**
	 * Read what the platform remembers about a user ({@code GET /api/v1/agent/memory/profile/{user_id}}).
	 * @param userId the app-owned user id
	 * @return the profile
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryProfile memoryProfile(String userId) {
		return memoryProfile(userId, null, RequestOptions.none());
	}

	/**
	 * Read what the platform remembers about a user within one agent run.
	 * @param userId the app-owned user id
	 * @param agentRunId the agent run ({@code agent_run_id} query parameter), or {@code null} for all
	 * @return the profile
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryProfile memoryProfile(String userId, @Nullable String agentRunId) {
		return memoryProfile(userId, agentRunId, RequestOptions.none());
	}

	/**
	 * Read what the platform remembers about a user, with per-call options.
	 * @param userId the app-owned user id
	 * @param agentRunId the agent run, or {@code null} for all
	 * @param options request id, trace context, timeout, headers
	 * @return the profile
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryProfile memoryProfile(String userId, @Nullable String agentRunId, RequestOptions options) {
		JsonNode reply = this.transport.execute(
				memoryCall("memoryProfile", HttpMethod.GET, "/profile/{}", options, requireText(userId, "userId"))
					.query("agent_run_id", agentRunId)
					.build());
		return new MemoryProfile(replyObject(reply, "memoryProfile"));
	}

	/**
	 * Forget one fact ({@code DELETE /api/v1/agent/memory/{memory_id}?user_id=…}). Deleting a fact that is
	 * already gone is not an error: the status is then {@code not_found}.
	 * @param memoryId the fact's id
	 * @param userId the user the fact belongs to
	 * @return the outcome
	 * @throws IllegalArgumentException when an id is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryDeletion deleteMemory(String memoryId, String userId) {
		return deleteMemory(memoryId, userId, RequestOptions.none());
	}

	/**
	 * Forget one fact, with per-call options.
	 * @param memoryId the fact's id
	 * @param userId the user the fact belongs to
	 * @param options request id, trace context, timeout, headers
	 * @return the outcome
	 * @throws IllegalArgumentException when an id is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryDeletion deleteMemory(String memoryId, String userId, RequestOptions options) {
		String id = requireText(memoryId, "memoryId");
		JsonNode reply = this.transport.execute(memoryCall("deleteMemory", HttpMethod.DELETE, "/{}", options, id)
			.query("user_id", requireText(userId, "userId"))
			.build());
		return new MemoryDeletion(replyObject(reply, "deleteMemory"));
	}

	/**
	 * Forget everything about a user ({@code DELETE /api/v1/agent/memory/user/{user_id}}), e.g. for an
	 * erasure request; keep the returned receipt.
	 * @param userId the app-owned user id
	 * @return the outcome, with status {@code purged}
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryDeletion purgeUserMemory(String userId) {
		return purgeUserMemory(userId, RequestOptions.none());
	}

	/**
	 * Forget everything about a user, with per-call options.
	 * @param userId the app-owned user id
	 * @param options request id, trace context, timeout, headers
	 * @return the outcome, with status {@code purged}
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	public MemoryDeletion purgeUserMemory(String userId, RequestOptions options) {
		JsonNode reply = this.transport.execute(
				memoryCall("purgeUserMemory", HttpMethod.DELETE, "/user/{}", options, requireText(userId, "userId"))
					.build());
		return new MemoryDeletion(replyObject(reply, "purgeUserMemory"));
	}

	private ApiRequest.Builder memoryCall(String operation, HttpMethod method, String path, RequestOptions options,
			String... segments) {
		Objects.requireNonNull(options, "options");
		return ApiRequest.builder(operation, method, MEMORY_PATH + path, segments)
			.headers(options.headers())
			.timeout(options.timeout());
	}

	/** An empty reply (204) reads as an empty object, so every accessor of the view answers "absent". */
	private JsonNode replyObject(JsonNode reply, String operation) {
		if (reply.isMissingNode() || reply.isNull()) {
			return this.mapper.createObjectNode();
		}
		if (!reply.isObject()) {
			throw new IllegalStateException("The platform answered " + operation + " without a JSON object");
		}
		return reply;
	}

	private static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	private ApiRequest responsesCall(String operation, ResponseCreateRequest request, boolean streaming,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(options, "options");
		// Contract §1: every create/stream call carries an idempotency key, the same on each retry, which
		// is what makes /v1/responses safe to repeat.
		String idempotencyKey = (options.idempotencyKey() != null && !options.idempotencyKey().isBlank())
				? options.idempotencyKey() : randomUuid();
		return ApiRequest.builder(operation, HttpMethod.POST, "/v1/responses")
			.body(this.transport.writeJson(request.toJson(this.mapper)))
			.headers(options.headers())
			.header("X-Idempotency-Key", idempotencyKey)
			.timeout(options.timeout())
			.streamTimeout(streaming ? options.streamTimeout() : null)
			.safety(RetrySafety.IDEMPOTENT)
			.model(request.model())
			.build();
	}

	// A version 4 UUID from ThreadLocalRandom: an idempotency key must be unique, not unpredictable, and
	// UUID.randomUUID() serialises every calling thread on one shared SecureRandom.
	private static String randomUuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
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
