package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.Set;

import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.error.StreamErrorException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Turns a platform failure into what the app's client may see. The answer's status says whose fault it
 * is — the phone's request (400/413/422), a conflict the phone caused (409), load (429/503) or this
 * server and the platform (502/504) — and its message is always the proxy's own: platform text can name
 * internal hosts, projects or plans, so only a reason from a fixed allow-list and the platform's request
 * id pass. The full platform detail goes to the server log, tagged with the request id, so operators can
 * still find it.
 */
final class ProxyErrorMapper {

	private static final Log logger = LogFactory.getLog(ProxyErrorMapper.class);

	static final String UPSTREAM_ERROR = "upstream_error";

	static final String UPSTREAM_TIMEOUT = "upstream_timeout";

	static final String UPSTREAM_UNAVAILABLE = "upstream_unavailable";

	static final String QUOTA_EXCEEDED = "quota_exceeded";

	private static final String UNAVAILABLE = "The AI service is temporarily unavailable. Please try again later.";

	private static final Set<String> QUOTA_REASONS = Set.of(Reasons.USAGE_LIMIT_REACHED,
			Reasons.PRICING_TIER_AGENT_TURN_LIMIT_REACHED, Reasons.PROJECT_BUDGET_EXCEEDED);

	// Reasons that describe the phone's own request and say nothing about this server's setup.
	private static final Set<String> REQUEST_REASONS = Set.of(Reasons.INVALID_REQUEST, Reasons.INVALID_JSON);

	// Failures inside a stream the phone may tell apart (retry at once after a cut stream).
	private static final Set<String> STREAM_REASONS = Set.of(Reasons.AGENT_FAILED, Reasons.STREAM_TRUNCATED);

	private static final Set<String> CONFLICT_REASONS = Set.of(Reasons.IDEMPOTENCY_KEY_IN_PROGRESS,
			Reasons.IDEMPOTENCY_KEY_CONFLICT);

	ProxyError map(GeneralAugmentException ex) {
		if (ex instanceof ApiErrorException) {
			return mapStatus(ex);
		}
		if (ex instanceof StreamErrorException) {
			log(ex, "reported an error inside a stream");
			String reason = QUOTA_REASONS.contains(ex.reason()) ? QUOTA_EXCEEDED
					: STREAM_REASONS.contains(ex.reason()) ? ex.reason() : Reasons.STREAM_ERROR;
			return new ProxyError(502, reason, "The AI service failed while answering. Please try again.",
					ex.requestId(), null);
		}
		if (ex instanceof RequestTimeoutException) {
			log(ex, "did not answer in time");
			return new ProxyError(504, UPSTREAM_TIMEOUT, "The AI service did not answer in time. Please try again.",
					ex.requestId(), null);
		}
		// connection_failed, request_failed, malformed_json and the client's reply checks: our side of the
		// wire, nothing the phone can act on beyond retrying.
		log(ex, "call failed");
		return new ProxyError(502, UPSTREAM_ERROR, UNAVAILABLE, ex.requestId(), null);
	}

	private ProxyError mapStatus(GeneralAugmentException ex) {
		int status = ex.status();
		String reason = ex.reason();
		if (status == 402 || QUOTA_REASONS.contains(reason)) {
			log(ex, "refused the call for the project's plan or budget");
			return new ProxyError(503, QUOTA_EXCEEDED, UNAVAILABLE, ex.requestId(), ex.retryAfter());
		}
		if (status == 429) {
			Duration retryAfter = (ex.retryAfter() != null) ? ex.retryAfter() : Duration.ofSeconds(1);
			return new ProxyError(429, "rate_limited", "The AI service is busy. Please retry later.", ex.requestId(),
					retryAfter);
		}
		if (status == 400 || status == 422) {
			log(ex, "rejected the request");
			return new ProxyError(status, REQUEST_REASONS.contains(reason) ? reason : Reasons.INVALID_REQUEST,
					"The AI service rejected the request as invalid.", ex.requestId(), null);
		}
		if (status == 413) {
			return new ProxyError(413, "request_too_large", "The request is too large for the AI service.",
					ex.requestId(), null);
		}
		if (status == 409) {
			return new ProxyError(409, CONFLICT_REASONS.contains(reason) ? reason : Reasons.IDEMPOTENCY_KEY_CONFLICT,
					"A request with this idempotency key is still running or had a different body.", ex.requestId(),
					ex.retryAfter());
		}
		if (status == 401 || status == 403) {
			logger.error("General Augment refused this server's API key (" + describe(ex)
					+ "): check genaug.api-key. Proxy clients get a 502.");
			return new ProxyError(502, UPSTREAM_ERROR, UNAVAILABLE, ex.requestId(), null);
		}
		if (status == 503) {
			log(ex, "is unavailable");
			return new ProxyError(503, UPSTREAM_UNAVAILABLE, UNAVAILABLE, ex.requestId(), ex.retryAfter());
		}
		// 404 and other 4xx: this server called the platform wrongly; 5xx: the platform failed.
		log(ex, "answered with an error");
		return new ProxyError(502, UPSTREAM_ERROR, UNAVAILABLE, ex.requestId(), ex.retryAfter());
	}

	private static void log(GeneralAugmentException ex, String what) {
		logger.warn("General Augment " + what + ": " + describe(ex));
	}

	// The SDK's exception text already has the key redacted; the request id lets an operator match the
	// log line to the phone's report.
	private static String describe(GeneralAugmentException ex) {
		@Nullable String requestId = ex.requestId();
		return ex + ((requestId != null) ? " [request " + requestId + "]" : "");
	}

}
