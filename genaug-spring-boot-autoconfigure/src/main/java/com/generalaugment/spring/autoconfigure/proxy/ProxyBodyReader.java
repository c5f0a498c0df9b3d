package com.generalaugment.spring.autoconfigure.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * Reads a proxy request's body: a JSON object of bounded size. Refuses other content types (415),
 * bodies larger than the limit (413) — before reading them when {@code Content-Length} says so — and
 * anything that is not one JSON object (400).
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
			throw tooLarge();
		}
	}

	ObjectNode read(HttpServletRequest request) throws IOException {
		checkHeaders(request);
		long declared = request.getContentLengthLong();
		// A declared length is the common case: read exactly that, into one array of the right size (the
		// container stops the stream there, so a body cannot run past it).
		byte[] body = (declared >= 0) ? request.getInputStream().readNBytes((int) declared)
				: readBounded(request.getInputStream());
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

	private byte[] readBounded(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) != -1) {
			body.write(buffer, 0, read);
			if (body.size() > this.maxBytes) {
				throw tooLarge();
			}
		}
		return body.toByteArray();
	}

	private ProxyRequestException tooLarge() {
		return new ProxyRequestException(ProxyError.of(413, "body_too_large",
				"The body is larger than the limit of " + this.maxBytes + " bytes."));
	}

}
