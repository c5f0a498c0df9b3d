package com.generalaugment.spring.autoconfigure.proxy;

import java.net.URI;
import java.time.Duration;

import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.error.StreamErrorException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Turns a platform failure into what the app's client may see. The client learns whether to retry and
 * why a request was refused, but nothing about this server's setup: failures that concern our key,
 * network or the platform's health become a generic 502/504, and the platform's own messages pass only
 * for request-level problems, with the base URL scrubbed.
 */
final class ProxyErrorMapper {

	private static final Log logger = LogFactory.getLog(ProxyErrorMapper.class);

	static final String UPSTREAM_ERROR = "upstream_error";

	static final String UPSTREAM_TIMEOUT = "upstream_timeout";

	private static final String UNAVAILABLE = "The AI service is temporarily unavailable. Please try again later.";

	private final String baseUrl;

	private final String authority;

	ProxyErrorMapper(String baseUrl) {
		this.baseUrl = baseUrl;
		String host = URI.create(baseUrl).getRawAuthority();
		this.authority = (host != null) ? host : baseUrl;
	}

	ProxyError map(GeneralAugmentException ex) {
		if (ex instanceof ApiErrorException) {
			return mapStatus(ex);
		}
		if (ex instanceof StreamErrorException) {
			logger.warn("General Augment reported an error inside a stream: " + ex);
			return new ProxyError(502, ex.reason(), scrub(ex.getMessage()), ex.requestId(), null);
		}
		if (ex instanceof RequestTimeoutException) {
			logger.warn("General Augment did not answer in time: " + ex);
			return new ProxyError(504, UPSTREAM_TIMEOUT, "The AI service did not answer in time. Please try again.",
					ex.requestId(), null);
		}
		// connection_failed, request_failed, malformed_json: our side of the wire, nothing for the client.
		logger.warn("General Augment call failed: " + ex);
		return new ProxyError(502, UPSTREAM_ERROR, UNAVAILABLE, ex.requestId(), null);
	}

	private ProxyError mapStatus(GeneralAugmentException ex) {
		int status = ex.status();
		if (status == 429) {
			Duration retryAfter = (ex.retryAfter() != null) ? ex.retryAfter() : Duration.ofSeconds(1);
			return new ProxyError(429, ex.reason(), "The AI service is busy. Please retry later.", ex.requestId(),
					retryAfter);
		}
		if (status == 401 || status == 403) {
			logger.error("General Augment refused this server's API key (" + ex
					+ "): check genaug.api-key. Proxy clients get a 502.");
			return new ProxyError(502, UPSTREAM_ERROR, UNAVAILABLE, ex.requestId(), null);
		}
		if (status >= 400 && status < 500) {
			int answer = (status == 422) ? 422 : 400;
			return new ProxyError(answer, ex.reason(), scrub(ex.getMessage()), ex.requestId(), ex.retryAfter());
		}
		logger.warn("General Augment answered with an error: " + ex);
		return new ProxyError(502, UPSTREAM_ERROR, UNAVAILABLE, ex.requestId(), null);
	}

	/**
	 * Remove this server's upstream address from a platform message (the SDK already removes the key).
	 * @param message the message
	 * @return the scrubbed message
	 */
	String scrub(@Nullable String message) {
		if (message == null || message.isBlank()) {
			return "The AI service refused the request.";
		}
		return message.replace(this.baseUrl, "[upstream]").replace(this.authority, "[upstream]");
	}

}
