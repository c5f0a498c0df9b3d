package com.generalaugment.client.internal.error;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.RateLimit;
import com.generalaugment.client.error.Reasons;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns an HTTP error reply into {@link ErrorDetails}, accepting every body shape the platform and its
 * gateways produce (contract §5): nested {@code detail} or {@code error} objects, flat bodies, a plain
 * {@code {"detail": "text"}}, FastAPI's 422 list, and non-JSON text such as a gateway's HTML page.
 */
public final class ErrorBodyParser {

	private final ObjectMapper mapper;

	private final Clock clock;

	/**
	 * Create a parser.
	 * @param mapper the mapper used to decode JSON bodies
	 * @param clock the clock used to turn an HTTP-date {@code Retry-After} into a delay
	 */
	public ErrorBodyParser(ObjectMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * Read the details of an error reply.
	 * @param status the HTTP status
	 * @param headers the reply headers
	 * @param rawBody the reply body as text (already redacted), possibly empty
	 * @return the details
	 */
	public ErrorDetails parse(int status, HttpHeaders headers, String rawBody) {
		JsonNode body = readJson(rawBody);
		JsonNode structured = structuredError(body);
		String code = text(structured, "code");
		String reason = text(structured, "reason");
		String message = text(structured, "message");
		String bodyRequestId = text(structured, "request_id");
		String bodyTraceId = text(structured, "trace_id");
		Duration bodyRetryAfter = seconds(structured, "retry_after");
		if (bodyRetryAfter == null) {
			bodyRetryAfter = seconds(structured, "retry_after_seconds");
		}
		if (body != null && body.isObject()) {
			// Top-level fields fill what the nested object lacks (contract §5).
			code = (code != null) ? code : text(body, "code");
			reason = (reason != null) ? reason : text(body, "reason");
			message = (message != null) ? message : text(body, "message");
			bodyRequestId = (bodyRequestId != null) ? bodyRequestId : text(body, "request_id");
			bodyTraceId = (bodyTraceId != null) ? bodyTraceId : text(body, "trace_id");
			if (bodyRetryAfter == null) {
				bodyRetryAfter = seconds(body, "retry_after");
			}
			if (bodyRetryAfter == null) {
				bodyRetryAfter = seconds(body, "retry_after_seconds");
			}
			JsonNode detail = body.get("detail");
			if (message == null && detail != null && detail.isString()) {
				message = detail.stringValue();
			}
			if (message == null && detail != null && detail.isArray()) {
				message = validationMessage(detail);
				reason = (reason != null) ? reason : Reasons.INVALID_REQUEST;
			}
		}
		if (reason == null) {
			reason = (code != null) ? code : defaultReason(status);
		}
		if (message == null) {
			message = (body == null && !rawBody.isBlank()) ? abbreviate(rawBody.strip())
					: "HTTP " + status + " from the General Augment API";
		}
		String requestId = firstNonBlank(first(headers, "X-Request-ID"), bodyRequestId);
		String traceId = firstNonBlank(first(headers, "X-Trace-ID"), bodyTraceId);
		Duration retryAfter = retryAfterHeader(first(headers, "Retry-After"));
		if (retryAfter == null) {
			retryAfter = bodyRetryAfter;
		}
		return new ErrorDetails(status, reason, code, message, requestId, traceId, retryAfter, rateLimit(headers),
				body, rawBody.isEmpty() ? null : rawBody);
	}

	/**
	 * Read the platform's {@code X-RateLimit-*} headers.
	 * @param headers the reply headers
	 * @return the values, {@link RateLimit#NONE} when none were sent
	 */
	public static RateLimit rateLimit(HttpHeaders headers) {
		String limit = first(headers, "X-RateLimit-Limit");
		String remaining = first(headers, "X-RateLimit-Remaining");
		String reset = first(headers, "X-RateLimit-Reset");
		String policy = first(headers, "X-RateLimit-Policy");
		if (limit == null && remaining == null && reset == null && policy == null) {
			return RateLimit.NONE;
		}
		return new RateLimit(longOrNull(limit), longOrNull(remaining), reset, policy);
	}

	private static @Nullable String first(HttpHeaders headers, String name) {
		return headers.firstValue(name).orElse(null);
	}

	/**
	 * Parse a {@code Retry-After} header: delta-seconds (decimals allowed) or an HTTP-date.
	 * @param value the header value, possibly {@code null}
	 * @return the delay, or {@code null} when absent or unreadable
	 */
	public @Nullable Duration retryAfterHeader(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			double seconds = Double.parseDouble(trimmed);
			return (seconds >= 0 && Double.isFinite(seconds)) ? Duration.ofMillis((long) (seconds * 1000)) : null;
		}
		catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration delay = Duration.between(this.clock.instant(), at);
				return delay.isNegative() ? Duration.ZERO : delay;
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

	private @Nullable JsonNode readJson(String rawBody) {
		if (rawBody.isBlank()) {
			return null;
		}
		try {
			return this.mapper.readTree(rawBody);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable JsonNode structuredError(@Nullable JsonNode body) {
		if (body == null || !body.isObject()) {
			return null;
		}
		JsonNode detail = body.get("detail");
		if (detail != null && detail.isObject()) {
			return detail;
		}
		JsonNode error = body.get("error");
		if (error != null && error.isObject()) {
			return error;
		}
		if (isString(body, "code") || isString(body, "reason") || isString(body, "message")) {
			return body;
		}
		return null;
	}

	private static String validationMessage(JsonNode items) {
		StringBuilder message = new StringBuilder();
		for (JsonNode item : items) {
			if (!message.isEmpty()) {
				message.append("; ");
			}
			String msg = text(item, "msg");
			JsonNode loc = item.get("loc");
			if (loc != null && loc.isArray() && !loc.isEmpty()) {
				StringBuilder path = new StringBuilder();
				loc.forEach((part) -> path.append(path.isEmpty() ? "" : ".").append(part.asString()));
				message.append(path).append(": ");
			}
			message.append((msg != null) ? msg : item.toString());
		}
		return message.isEmpty() ? "Validation failed" : message.toString();
	}

	private static String defaultReason(int status) {
		return switch (status) {
			case 400, 422 -> Reasons.INVALID_REQUEST;
			case 404 -> Reasons.NOT_FOUND;
			case 429 -> Reasons.RATE_LIMITED;
			default -> "http_" + status;
		};
	}

	private static @Nullable Duration seconds(@Nullable JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value != null && value.isNumber() && value.asDouble() >= 0) {
			return Duration.ofMillis((long) (value.asDouble() * 1000));
		}
		if (value != null && value.isString()) {
			try {
				double seconds = Double.parseDouble(value.stringValue().trim());
				return (seconds >= 0) ? Duration.ofMillis((long) (seconds * 1000)) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static boolean isString(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString();
	}

	private static @Nullable String text(@Nullable JsonNode node, String field) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode value = node.get(field);
		return (value != null && value.isString() && !value.stringValue().isBlank()) ? value.stringValue() : null;
	}

	private static @Nullable String firstNonBlank(@Nullable String first, @Nullable String second) {
		return (first != null && !first.isBlank()) ? first : second;
	}

	private static @Nullable Long longOrNull(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 500) ? text : text.substring(0, 500) + "…";
	}

}
