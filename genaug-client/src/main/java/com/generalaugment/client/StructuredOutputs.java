package com.generalaugment.client;

import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.RateLimit;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.StructuredOutputException;
import com.generalaugment.client.responses.Response;

/**
 * Failures of reading structured output into a Java type.
 */
final class StructuredOutputs {

	private StructuredOutputs() {
	}

	static StructuredOutputException mismatch(Response response, Class<?> type, Exception cause) {
		ErrorDetails details = new ErrorDetails(0, Reasons.INVALID_STRUCTURED_OUTPUT, null,
				"Structured output of response " + response.id() + " does not fit " + type.getSimpleName() + ": "
						+ cause.getMessage(),
				response.requestId(), response.traceId(), null, RateLimit.NONE, null, response.outputText());
		return new StructuredOutputException(details, cause);
	}

}
