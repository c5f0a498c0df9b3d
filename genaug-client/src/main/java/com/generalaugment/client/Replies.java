package com.generalaugment.client;

import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.MalformedResponseException;
import com.generalaugment.client.error.Reasons;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks on the shape of a decoded 2xx reply: a reply of the wrong shape is the platform's failure, raised
 * as a {@link MalformedResponseException} like a body that is not JSON at all.
 */
final class Replies {

	private Replies() {
	}

	/**
	 * The reply as a JSON object; an empty reply (204) reads as an empty object, so every accessor of a
	 * view answers "absent".
	 * @param reply the decoded reply
	 * @param operation the SDK operation, for the message
	 * @param mapper creates the empty object
	 * @return the object
	 * @throws MalformedResponseException when the reply is JSON but not an object
	 */
	static JsonNode object(JsonNode reply, String operation, JsonMapper mapper) {
		if (reply.isMissingNode() || reply.isNull()) {
			return mapper.createObjectNode();
		}
		if (!reply.isObject()) {
			throw malformed(operation, "without a JSON object");
		}
		return reply;
	}

	/**
	 * The failure for a reply missing what the operation needs.
	 * @param operation the SDK operation
	 * @param what what was wrong, e.g. "without an items list"
	 * @return the exception to throw
	 */
	static MalformedResponseException malformed(String operation, String what) {
		return new MalformedResponseException(ErrorDetails.clientSide(Reasons.MALFORMED_JSON,
				"The General Augment API answered " + operation + " " + what), null);
	}

}
