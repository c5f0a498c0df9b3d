package com.generalaugment.client.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * What a call's record says about its reply beyond the HTTP exchange: the ids and token counts that
 * only the service knowing the reply's shape can read (the Responses service reads a response object's).
 *
 * @param responseId the reply's object id
 * @param requestId the platform's request id carried in the reply, over the header's
 * @param traceId the platform's trace id carried in the reply, over the header's
 * @param inputTokens the input tokens billed
 * @param outputTokens the output tokens billed
 */
public record ReplyFacts(@Nullable String responseId, @Nullable String requestId, @Nullable String traceId,
		@Nullable Long inputTokens, @Nullable Long outputTokens) {

	/** Nothing read: the record keeps what the exchange said. */
	public static final ReplyFacts NONE = new ReplyFacts(null, null, null, null, null);

	/** Reads the facts of a reply. */
	@FunctionalInterface
	public interface Reader {

		/** Reads nothing. */
		Reader NONE = (reply) -> ReplyFacts.NONE;

		/**
		 * Read a reply.
		 * @param reply the decoded reply (or a stream's final response object)
		 * @return its facts
		 */
		ReplyFacts read(tools.jackson.databind.JsonNode reply);

	}

}
