package com.generalaugment.spring.proxy;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * Checks a proxy request's body: a JSON object of bounded size. Refuses other content types (415),
 * bodies declared larger than the limit (413) before they are read ({@link ProxyBodyListener} enforces
 * the limit on a chunked body as it arrives), and anything that is not one JSON object (400).
 */
final class ProxyBodyReader {

	private final JsonMapper mapper;

	private final long maxBytes;

	ProxyBodyReader(JsonMapper mapper, DataSize maxBodySize) {
		this.mapper = mapper;
		this.maxBytes = maxBodySize.toBytes();
	}

	/**
	 * The checks that need no body: its type (415) and declared length (413).
	 * @param request the request
	 */
	void checkHeaders(HttpServletRequest request) {
		requireJson(request.getContentType());
		if (request.getContentLengthLong() > this.maxBytes) {
			throw new ProxyRequestException(tooLarge(this.maxBytes));
		}
	}

	/** @return the most bytes a body may have */
	long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Parse a body read whole.
	 * @param body the bytes
	 * @return the JSON object
	 * @throws ProxyRequestException (400) when it is not one JSON object
	 */
	ObjectNode parse(byte[] body) {
		JsonNode json;
		try {
			json = this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw ProxyRequestException.badRequest("invalid_json", "The body is not valid JSON.");
		}
		if (json == null || !json.isObject()) {
			throw ProxyRequestException.badRequest("invalid_json", "The body must be a JSON object.");
		}
		return (ObjectNode) json;
	}

	private static void requireJson(@Nullable String contentType) {
		MediaType type;
		try {
			type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (IllegalArgumentException ex) {
			type = null;
		}
		boolean json = type != null && "application".equals(type.getType())
				&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
		if (!json) {
			throw new ProxyRequestException(ProxyError.of(415, "unsupported_media_type",
					"The body must be JSON, sent with Content-Type: application/json."));
		}
	}

	static ProxyError tooLarge(long maxBytes) {
		return ProxyError.of(413, "body_too_large", "The body is larger than the limit of " + maxBytes + " bytes.");
	}

}
