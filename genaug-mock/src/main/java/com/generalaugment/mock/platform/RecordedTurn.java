package com.generalaugment.mock.platform;

import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * One {@code /v1/responses} call the mock answered with 200, for tests that check what an application
 * sent (also listed by {@code GET /__genaug/turns}).
 *
 * @param sequence 1 for the first turn since the last reset, then 2, 3, ...
 * @param projectId the {@code X-Project-ID} header, or {@code proj_mock}
 * @param responseId the reply's {@code id}
 * @param requestId the reply's request id
 * @param traceId the reply's trace id
 * @param model the reply's model, e.g. {@code mock/balanced}
 * @param user the request's {@code user}, or {@code null}
 * @param inputText the input text derived from {@code input} (contract §7)
 * @param outputText the reply's output text
 * @param stream whether the reply was streamed
 * @param idempotencyKey the {@code X-Idempotency-Key} header, or {@code null}
 * @param replayed whether the reply was an idempotent replay of an earlier turn
 */
public record RecordedTurn(int sequence, String projectId, String responseId, String requestId, String traceId,
		String model, @Nullable String user, String inputText, String outputText, boolean stream, @Nullable String idempotencyKey,
		boolean replayed) {

	/**
	 * The JSON form used by {@code GET /__genaug/turns}.
	 *
	 * @return a new object node
	 */
	public ObjectNode toJson() {
		ObjectNode json = Json.object();
		json.put("sequence", sequence);
		json.put("project_id", projectId);
		json.put("response_id", responseId);
		json.put("request_id", requestId);
		json.put("trace_id", traceId);
		json.put("model", model);
		json.put("user", user);
		json.put("input_text", inputText);
		json.put("output_text", outputText);
		json.put("stream", stream);
		json.put("idempotency_key", idempotencyKey);
		json.put("replayed", replayed);
		return json;
	}

}
