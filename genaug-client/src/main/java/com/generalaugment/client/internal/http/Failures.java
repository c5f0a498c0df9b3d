package com.generalaugment.client.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLException;

import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.ConnectionFailedException;
import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.error.RateLimit;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.RequestFailedException;
import com.generalaugment.client.error.RequestTimeoutException;
import com.generalaugment.client.error.ResponseTooLargeException;
import com.generalaugment.client.http.ReplyTooLargeException;
import com.generalaugment.client.internal.error.ErrorBodyParser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Turns what went wrong with an attempt — a sender's I/O failure, an error reply, a reply that is not
 * what was asked for — into the SDK's typed exceptions, with the credential redacted from any text of
 * the reply they carry.
 */
final class Failures {

	private final ErrorBodyParser errorParser;

	private final Redactor redactor;

	private final String baseUrl;

	Failures(ErrorBodyParser errorParser, Redactor redactor, String baseUrl) {
		this.errorParser = errorParser;
		this.redactor = redactor;
		this.baseUrl = baseUrl;
	}

	/**
	 * Translate an I/O failure of an attempt.
	 * @param failure the failure
	 * @param deadline the attempt's deadline
	 * @return the exception to throw
	 */
	GeneralAugmentException translate(Throwable failure, Deadline deadline) {
		ReplyTooLargeException tooLarge = find(failure, ReplyTooLargeException.class);
		if (tooLarge != null) {
			return tooLarge(tooLarge);
		}
		Throwable cause = unwrap(failure);
		if (cause instanceof HttpTimeoutException || deadline.isExpired()) {
			String message = deadline.isNone() ? "Request to the General Augment API timed out"
					: "Request to the General Augment API timed out after " + describe(deadline.timeout());
			return new RequestTimeoutException(ErrorDetails.clientSide(Reasons.REQUEST_TIMEOUT, message), cause);
		}
		if (certainlyNotSent(cause) || cause instanceof SSLException) {
			return new ConnectionFailedException(ErrorDetails.clientSide(Reasons.CONNECTION_FAILED,
					"Could not connect to " + this.baseUrl + ": " + describe(cause)), cause);
		}
		return new RequestFailedException(ErrorDetails.clientSide(Reasons.REQUEST_FAILED,
				"Request to the General Augment API failed: " + describe(cause)), cause);
	}

	/**
	 * The failure for a reply over one of the client's size limits.
	 * @param status the reply's status
	 * @param requestId the reply's request id
	 * @param traceId the reply's trace id
	 * @param message what was too large
	 * @param cause the underlying cause
	 * @return the exception to throw
	 */
	static ResponseTooLargeException tooLarge(int status, @Nullable String requestId, @Nullable String traceId,
			String message, Throwable cause) {
		return new ResponseTooLargeException(new ErrorDetails(status, Reasons.RESPONSE_TOO_LARGE, null, message,
				requestId, traceId, null, RateLimit.NONE, null, null), cause);
	}

	/**
	 * The failure for a whole reply over the maximum size.
	 * @param tooLarge what the sender (or the SDK, for a sender that does not keep the limit) found
	 * @return the exception to throw
	 */
	static ResponseTooLargeException tooLarge(ReplyTooLargeException tooLarge) {
		String reply = (tooLarge.declared() >= 0) ? "announced a reply of " + tooLarge.declared() + " bytes"
				: "sent a reply";
		return tooLarge(tooLarge.status(), tooLarge.requestId(), tooLarge.traceId(), "The General Augment API " + reply
				+ ", over the limit of " + describeSize(tooLarge.limit()) + " (maxResponseSize)", tooLarge);
	}

	/** The failure for a non-2xx reply, from whatever shape its body has. */
	ApiErrorException apiError(int status, HttpHeaders headers, byte @Nullable [] body) {
		String raw = (body != null) ? redact(new String(body, StandardCharsets.UTF_8)) : "";
		return new ApiErrorException(this.errorParser.parse(status, headers, raw), null);
	}

	/** The failure for a 2xx reply whose body is not JSON. */
	MalformedResponseException notJson(int status, HttpHeaders headers, byte[] body, JacksonException cause) {
		String raw = redact(new String(body, StandardCharsets.UTF_8));
		ErrorDetails details = new ErrorDetails(status, Reasons.MALFORMED_JSON, null,
				"The General Augment API answered HTTP " + status + " with a body that is not JSON",
				first(headers, "X-Request-ID"), first(headers, "X-Trace-ID"), null, RateLimit.NONE, null, raw);
		return new MalformedResponseException(details, cause);
	}

	/** The failure for a 2xx reply to a stream request that is not an event stream. */
	static MalformedResponseException unexpectedContentType(int status, HttpHeaders headers, String expected) {
		String contentType = first(headers, "Content-Type");
		ErrorDetails details = new ErrorDetails(status, Reasons.UNEXPECTED_CONTENT_TYPE, null,
				"The General Augment API answered a stream request with HTTP " + status + " and "
						+ ((contentType != null) ? "Content-Type " + contentType : "no Content-Type")
						+ " instead of " + expected,
				first(headers, "X-Request-ID"), first(headers, "X-Trace-ID"), null, RateLimit.NONE, null, null);
		return new MalformedResponseException(details, null);
	}

	/**
	 * Remove the credential from text taken from a reply.
	 * @param text the text
	 * @return the redacted text
	 */
	String redact(String text) {
		return this.redactor.redact(text);
	}

	/**
	 * Whether a failure means the request never left: retrying it is safe even for a call that is not
	 * idempotent.
	 * @param cause the failure's cause
	 * @return {@code true} when the connection was never made
	 */
	static boolean certainlyNotSent(@Nullable Throwable cause) {
		return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
				|| cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException;
	}

	/** A size in the unit it was most likely given in. */
	static String describeSize(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MiB";
		}
		return (bytes % 1024 == 0) ? (bytes / 1024) + " KiB" : bytes + " bytes";
	}

	private static @Nullable String first(HttpHeaders headers, String name) {
		return headers.firstValue(name).orElse(null);
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while ((current instanceof UncheckedIOException
				|| (current instanceof IOException && current.getCause() instanceof ConnectException))
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static String describe(Throwable cause) {
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null && !message.isBlank()) ? " (" + message + ")" : "");
	}

	private static String describe(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
	}

}
