package com.generalaugment.client.error;

/**
 * The stable {@code reason} values of contract §5, as constants to switch on.
 */
public final class Reasons {

	/** Rate limited by the platform (HTTP 429). */
	public static final String RATE_LIMITED = "rate_limited";
	/** Rate limit exceeded (HTTP 429). */
	public static final String RATE_LIMIT_EXCEEDED = "rate_limit_exceeded";
	/** The admin key's own rate limit was exceeded (HTTP 429). */
	public static final String ADMIN_API_KEY_RATE_LIMIT_EXCEEDED = "admin_api_key_rate_limit_exceeded";
	/** Another request with the same idempotency key is still running (HTTP 409). */
	public static final String IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency_key_in_progress";
	/** The idempotency key was reused with a different body (HTTP 409). */
	public static final String IDEMPOTENCY_KEY_CONFLICT = "idempotency_key_conflict";
	/** A memory idempotency key was reused with a different body (HTTP 409). */
	public static final String MEMORY_IDEMPOTENCY_KEY_CONFLICT = "memory_idempotency_key_conflict";
	/** The plan's usage limit was reached (HTTP 402). */
	public static final String USAGE_LIMIT_REACHED = "usage_limit_reached";
	/** The pricing tier's agent-turn limit was reached (HTTP 402). */
	public static final String PRICING_TIER_AGENT_TURN_LIMIT_REACHED = "pricing_tier_agent_turn_limit_reached";
	/** The project's budget is exhausted. */
	public static final String PROJECT_BUDGET_EXCEEDED = "project_budget_exceeded";
	/** No such route or resource (HTTP 404). */
	public static final String NOT_FOUND = "not_found";
	/** The body was not JSON, or not a JSON object (HTTP 400). */
	public static final String INVALID_JSON = "invalid_json";
	/** A memory write was invalid (HTTP 400). */
	public static final String INVALID_MEMORY = "invalid_memory";
	/** The request was invalid (HTTP 400/422). */
	public static final String INVALID_REQUEST = "invalid_request";
	/** No such memory. */
	public static final String MEMORY_NOT_FOUND = "memory_not_found";
	/** The agent failed to produce a reply. */
	public static final String AGENT_FAILED = "agent_failed";
	/** An error event inside a stream that named no reason. */
	public static final String STREAM_ERROR = "stream_error";
	/** Client side: the call did not complete within its timeout. */
	public static final String REQUEST_TIMEOUT = "request_timeout";
	/** Client side: the platform could not be reached. */
	public static final String CONNECTION_FAILED = "connection_failed";
	/** Client side: the exchange failed in transit. */
	public static final String REQUEST_FAILED = "request_failed";
	/** Client side: a 2xx reply whose body is not JSON. */
	public static final String MALFORMED_JSON = "malformed_json";
	/** Client side: a structured output could not be parsed. */
	public static final String INVALID_STRUCTURED_OUTPUT = "invalid_structured_output";
	/** Client side: a reply, or one event of a stream, was larger than the client's limit. */
	public static final String RESPONSE_TOO_LARGE = "response_too_large";
	/** Client side: a 2xx reply to a stream request that is not {@code text/event-stream}. */
	public static final String UNEXPECTED_CONTENT_TYPE = "unexpected_content_type";
	/** Client side: a stream ended before its final event. */
	public static final String STREAM_TRUNCATED = "stream_truncated";

	private Reasons() {
	}

}
