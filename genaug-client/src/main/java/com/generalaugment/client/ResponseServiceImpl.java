package com.generalaugment.client;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.generalaugment.client.internal.http.ApiRequest;
import com.generalaugment.client.internal.http.ReplyFacts;
import com.generalaugment.client.internal.http.RetrySafety;
import com.generalaugment.client.internal.http.Transport;
import com.generalaugment.client.internal.json.JsonValues;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseService;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.responses.StructuredResponse;
import com.generalaugment.client.responses.TextFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The SDK's {@link ResponseService}: {@code POST /v1/responses} through the client's transport. */
final class ResponseServiceImpl implements ResponseService {

	private final Transport transport;

	private final JsonMapper mapper;

	private final RequestOptions defaults;

	ResponseServiceImpl(Transport transport, JsonMapper mapper, RequestOptions defaults) {
		this.transport = transport;
		this.mapper = mapper;
		this.defaults = defaults;
	}

	@Override
	public ResponseService withOptions(RequestOptions options) {
		return new ResponseServiceImpl(this.transport, this.mapper, this.defaults.overriddenBy(options));
	}

	@Override
	public Response create(ResponseCreateParams params, RequestOptions options) {
		// Operations keep the platform SDKs' method names, which listeners, logs and metrics report.
		JsonNode body = this.transport.execute(call("createResponse", params, false, options));
		if (!body.isObject()) {
			throw Replies.malformed("/v1/responses", "without a JSON object");
		}
		return new Response(body);
	}

	@Override
	public <T> StructuredResponse<T> create(ResponseCreateParams params, Class<T> type, RequestOptions options) {
		Objects.requireNonNull(type, "type");
		ResponseCreateParams structured = (params.text() != null) ? params
				: params.toBuilder().text(TextFormat.jsonSchema(type)).build();
		Response response = create(structured, options);
		JsonNode value = response.outputParsed();
		try {
			return new StructuredResponse<>(response, this.mapper.treeToValue(value, type));
		}
		catch (JacksonException ex) {
			throw StructuredOutputs.mismatch(response, type, ex);
		}
	}

	@Override
	public ResponseStream stream(ResponseCreateParams params, RequestOptions options) {
		return new ResponseStream(this.transport.openStream(call("streamResponse", params, true, options)));
	}

	private ApiRequest call(String operation, ResponseCreateParams params, boolean streaming, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		RequestOptions effective = this.defaults.overriddenBy(Objects.requireNonNull(options, "options"));
		// Every create/stream call carries an idempotency key, the same on each retry, which is what makes
		// /v1/responses safe to repeat.
		String idempotencyKey = (effective.idempotencyKey() != null && !effective.idempotencyKey().isBlank())
				? effective.idempotencyKey() : randomUuid();
		ObjectNode body = params.toJson(this.mapper);
		if (streaming) {
			body.put("stream", true);
		}
		return ApiRequest.builder(operation, HttpMethod.POST, "/v1/responses")
			.body(this.transport.writeJson(body))
			.headers(effective.headers())
			.header("X-Idempotency-Key", idempotencyKey)
			.timeout(effective.timeout())
			.streamTimeout(streaming ? effective.streamTimeout() : null)
			.safety(RetrySafety.IDEMPOTENT)
			.model(params.model())
			.facts(ResponseServiceImpl::responseFacts)
			.build();
	}

	/** The ids and token counts of a response object, for the call's record. */
	static ReplyFacts responseFacts(JsonNode response) {
		JsonNode metadata = response.get("metadata");
		JsonNode usage = response.get("usage");
		return new ReplyFacts(JsonValues.string(response, "id"),
				firstString(metadata, "general_augment_request_id", "request_id"),
				firstString(metadata, "general_augment_trace_id", "trace_id"), JsonValues.longValue(usage, "input_tokens"),
				JsonValues.longValue(usage, "output_tokens"));
	}

	private static @Nullable String firstString(@Nullable JsonNode node, String first, String second) {
		String value = JsonValues.string(node, first);
		return (value != null) ? value : JsonValues.string(node, second);
	}

	// A version 4 UUID from ThreadLocalRandom: an idempotency key must be unique, not unpredictable, and
	// UUID.randomUUID() serialises every calling thread on one shared SecureRandom.
	private static String randomUuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

}
