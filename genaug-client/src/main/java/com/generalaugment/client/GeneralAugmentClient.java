package com.generalaugment.client;

import java.time.Duration;

import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.client.internal.http.Transport;
import com.generalaugment.client.memory.MemoryService;
import com.generalaugment.client.responses.ResponseService;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The General Augment client for app traffic, authenticated with a project key
 * ({@code Authorization: Bearer}), one service per resource: {@link #responses()} (plain, structured,
 * streamed) and {@link #memory()} (per-user facts). The README maps each TypeScript and Python SDK method
 * to its call here.
 *
 * <pre>{@code
 * GeneralAugmentClient client = GeneralAugmentClient.builder()
 *     .apiKey(System.getenv("GENAUG_API_KEY"))
 *     .build();
 * Response response = client.responses().create(ResponseCreateParams.builder()
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

	private final ResponseService responses;

	private final MemoryService memory;

	private GeneralAugmentClient(Transport transport, ResponseService responses, MemoryService memory) {
		this.transport = transport;
		this.responses = responses;
		this.memory = memory;
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
	 * The sender this client's calls go out on: the one given to the builder, else
	 * {@link JdkHttpSender#shared()}. For requests that should take the same route — proxy, TLS, the
	 * application's interceptors — as the client's own, such as the starter's health probe; sending
	 * through it bypasses the client's key, retries and deadline.
	 * @return the sender
	 */
	public HttpSender httpSender() {
		return this.transport.sender();
	}

	/** @return Responses: create (plain or structured) and stream */
	public ResponseService responses() {
		return this.responses;
	}

	/** @return per-user memory: store, search, profile, delete, purge */
	public MemoryService memory() {
		return this.memory;
	}

	/**
	 * A view of this client whose calls all carry the options (a call's own options win field by field);
	 * it shares this client's connections and settings.
	 * @param options the options, e.g. a request id or a longer timeout
	 * @return the view
	 */
	public GeneralAugmentClient withOptions(RequestOptions options) {
		return new GeneralAugmentClient(this.transport, this.responses.withOptions(options),
				this.memory.withOptions(options));
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
			Transport transport = buildTransport("Authorization", "Bearer " + key);
			JsonMapper mapper = mapper();
			return new GeneralAugmentClient(transport, new ResponseServiceImpl(transport, mapper, RequestOptions.none()),
					new MemoryServiceImpl(transport, mapper, RequestOptions.none()));
		}

	}

}
