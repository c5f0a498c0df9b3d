package com.generalaugment.mock.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * An error reply, thrown from anywhere in a handler. Its body has the shape of contract §7:
 * {@code {code, reason, message, detail:{code, reason, message}}}, plus any extra fields on both levels
 * (for example {@code retry_after}).
 */
public final class ApiError extends RuntimeException {

	private final int status;

	private final String code;

	private final String reason;

	private final Map<String, String> headers;

	private final ObjectNode extra;

	private ApiError(int status, String code, String reason, @Nullable String message, Map<String, String> headers,
			ObjectNode extra) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.reason = reason;
		this.headers = Map.copyOf(headers);
		this.extra = extra;
	}

	/**
	 * An error whose code and reason are the same, as most of the platform's are.
	 *
	 * @param status the HTTP status
	 * @param reason the stable reason (contract §5)
	 * @param message a human-readable message
	 * @return the error
	 */
	public static ApiError of(int status, String reason, String message) {
		return new ApiError(status, reason, reason, message, Map.of(), Json.object());
	}

	/**
	 * An error with a distinct code and reason, e.g. {@code rate_limited} / {@code rate_limit_exceeded}.
	 *
	 * @param status the HTTP status
	 * @param code the error family
	 * @param reason the stable reason
	 * @param message a human-readable message
	 * @return the error
	 */
	public static ApiError of(int status, String code, String reason, String message) {
		return new ApiError(status, code, reason, message, Map.of(), Json.object());
	}

	/**
	 * 404 {@code not_found}.
	 *
	 * @param message what was not found
	 * @return the error
	 */
	public static ApiError notFound(String message) {
		return of(404, "not_found", message);
	}

	/**
	 * 422 {@code invalid_request}: a request that is JSON but does not meet the operation's rules.
	 *
	 * @param message what is wrong
	 * @return the error
	 */
	public static ApiError invalidRequest(String message) {
		return of(422, "invalid_request", message);
	}

	/**
	 * The same error with response headers added.
	 *
	 * @param moreHeaders the headers
	 * @return a new error
	 */
	public ApiError withHeaders(Map<String, String> moreHeaders) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.putAll(moreHeaders);
		return new ApiError(status, code, reason, getMessage(), all, extra);
	}

	/**
	 * The same error with an extra body field, written on both levels of the body.
	 *
	 * @param name the field name
	 * @param value the value
	 * @return a new error
	 */
	public ApiError withField(String name, JsonNode value) {
		ObjectNode more = extra.deepCopy();
		more.set(name, value);
		return new ApiError(status, code, reason, getMessage(), headers, more);
	}

	/**
	 * The HTTP status.
	 *
	 * @return the status
	 */
	public int status() {
		return status;
	}

	/**
	 * The stable reason callers switch on.
	 *
	 * @return the reason
	 */
	public String reason() {
		return reason;
	}

	/**
	 * The reply carrying this error.
	 *
	 * @return the reply
	 */
	public JsonReply toReply() {
		ObjectNode detail = Json.object();
		detail.put("code", code);
		detail.put("reason", reason);
		detail.put("message", getMessage());
		detail.setAll(extra.deepCopy());
		ObjectNode body = detail.deepCopy();
		body.set("detail", detail);
		return new JsonReply(status, body, headers, Duration.ZERO);
	}

}
