package com.generalaugment.spring.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes what the proxy answers: replies without platform-internal metadata, error bodies (the platform's
 * shape, or Problem Details) and Server-Sent Events frames.
 */
final class ProxyResponseWriter {

	private final JsonMapper mapper;

	private final List<String> stripMetadata;

	private final ProxyErrorFormat errorFormat;

	ProxyResponseWriter(JsonMapper mapper, List<String> stripMetadata, ProxyErrorFormat errorFormat) {
		this.mapper = mapper;
		this.stripMetadata = List.copyOf(stripMetadata);
		this.errorFormat = errorFormat;
	}

	void writeJson(HttpServletResponse response, int status, byte[] body) throws IOException {
		write(response, status, MediaType.APPLICATION_JSON_VALUE, body);
	}

	private void write(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
		response.setStatus(status);
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	void writeError(HttpServletResponse response, ProxyError error, String requestId) throws IOException {
		if (error.retryAfterHeader() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, error.retryAfterHeader());
		}
		if (this.errorFormat == ProxyErrorFormat.PROBLEM) {
			write(response, error.status(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, problemBody(error, requestId));
		}
		else {
			writeJson(response, error.status(), errorBody(error, requestId));
		}
	}

	/**
	 * The error as RFC 9457 Problem Details: no problem type of its own ({@code about:blank}, so the title
	 * is the status's), the reason and request id as extension members, as in the platform's shape.
	 */
	byte[] problemBody(ProxyError error, String requestId) {
		HttpStatus status = HttpStatus.resolve(error.status());
		ObjectNode body = this.mapper.createObjectNode()
			.put("type", "about:blank")
			.put("title", (status != null) ? status.getReasonPhrase() : "Error")
			.put("status", error.status())
			.put("detail", error.message())
			.put("reason", error.reason())
			.put("request_id", (error.requestId() != null) ? error.requestId() : requestId);
		return this.mapper.writeValueAsBytes(body);
	}

	byte[] errorBody(ProxyError error, String requestId) {
		ObjectNode body = this.mapper.createObjectNode();
		body.putObject("error")
			.put("reason", error.reason())
			.put("message", error.message())
			.put("request_id", (error.requestId() != null) ? error.requestId() : requestId);
		return this.mapper.writeValueAsBytes(body);
	}

	/**
	 * A response object without the configured metadata keys; the given one when it has none of them.
	 * @param response a Responses object
	 * @return the object to send
	 */
	JsonNode stripped(JsonNode response) {
		JsonNode metadata = response.get("metadata");
		if (metadata == null || !metadata.isObject() || this.stripMetadata.stream().noneMatch(metadata::has)) {
			return response;
		}
		ObjectNode copy = (ObjectNode) response.deepCopy();
		((ObjectNode) copy.get("metadata")).remove(this.stripMetadata);
		return copy;
	}

	/**
	 * Whether an event's raw data may carry metadata to strip; cheap, so that plain deltas are passed on
	 * without being parsed.
	 * @param rawData the event data as received
	 * @return {@code true} when the data mentions a key to strip
	 */
	boolean mayCarryStrippedMetadata(String rawData) {
		for (String key : this.stripMetadata) {
			if (rawData.contains(key)) {
				return true;
			}
		}
		return false;
	}

	byte[] json(JsonNode value) {
		return this.mapper.writeValueAsBytes(value);
	}

	/**
	 * One SSE frame: the event name and each data line, then a blank line.
	 * @param event the event name
	 * @param data the data text (may span lines)
	 * @return the frame's bytes
	 */
	static byte[] sseFrame(String event, String data) {
		StringBuilder frame = new StringBuilder(data.length() + event.length() + 16);
		frame.append("event: ").append(event).append('\n');
		for (String line : data.split("\n", -1)) {
			frame.append("data: ").append(line).append('\n');
		}
		return frame.append('\n').toString().getBytes(StandardCharsets.UTF_8);
	}

}
