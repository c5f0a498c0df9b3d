package com.generalaugment.client.support;

/**
 * Realistic platform replies shared by the tests.
 */
public final class Fixtures {

	public static final String API_KEY = "sk-live-test-4f8a9c1e2b7d";

	/** A completed response as the platform sends it, with fields the SDK does not model. */
	public static final String RESPONSE_JSON = """
			{
			  "id": "resp_123",
			  "object": "response",
			  "created_at": 1767225600,
			  "status": "completed",
			  "model": "balanced",
			  "output": [
			    {"id": "msg_1", "type": "message", "role": "assistant", "status": "completed",
			     "content": [{"type": "output_text", "text": "Hello ", "annotations": []},
			                 {"type": "output_text", "text": "there", "annotations": []}]}
			  ],
			  "usage": {"input_tokens": 12, "input_tokens_details": {"cached_tokens": 2},
			            "output_tokens": 5, "output_tokens_details": {"reasoning_tokens": 1}, "total_tokens": 17},
			  "error": null,
			  "incomplete_details": null,
			  "metadata": {"feature": "support-triage", "general_augment_request_id": "req_abc",
			               "general_augment_trace_id": "trace_xyz", "general_augment_cost_usd": 0.0012},
			  "previous_response_id": null,
			  "brand_new_field": {"nested": true}
			}
			""";

	private Fixtures() {
	}

	/** A response whose only output text is the given text. */
	public static String responseWithText(String text) {
		return """
				{"id": "resp_s", "object": "response", "status": "completed", "model": "balanced",
				 "created_at": "2026-01-01T00:00:00Z",
				 "output": [{"id": "msg_s", "type": "message", "role": "assistant", "status": "completed",
				             "content": [{"type": "output_text", "text": %s, "annotations": []}]}],
				 "metadata": {"request_id": "req_s"}}
				""".formatted(quote(text));
	}

	public static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
