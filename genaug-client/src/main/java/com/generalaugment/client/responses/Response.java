package com.generalaugment.client.responses;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.error.ErrorDetails;
import com.generalaugment.client.error.RateLimit;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.StructuredOutputException;
import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A response of {@code POST /v1/responses}: a typed, read-only view over the reply's JSON. Fields the
 * SDK does not model stay reachable through {@link #raw()}; unexpected values read as {@code null}
 * rather than failing.
 */
public final class Response {

	private final JsonNode json;

	private @Nullable List<OutputItem> output;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public Response(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A response");
	}

	/** @return the response id ({@code resp_…}) */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the object type, {@code response} */
	public @Nullable String object() {
		return JsonValues.string(this.json, "object");
	}

	/**
	 * When the response was created. The platform sends epoch seconds or an ISO-8601 string; both are
	 * accepted (contract §3).
	 * @return the instant, or {@code null} when absent or unreadable
	 */
	public @Nullable Instant createdAt() {
		return JsonValues.instant(this.json, "created_at");
	}

	/** @return the status: queued, in_progress, completed, failed, incomplete or cancelled */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the model that answered, e.g. {@code balanced} */
	public @Nullable String model() {
		return JsonValues.string(this.json, "model");
	}

	/** @return the output items, in order */
	public List<OutputItem> output() {
		if (this.output == null) {
			List<OutputItem> items = new ArrayList<>();
			JsonNode output = this.json.get("output");
			if (output != null && output.isArray()) {
				output.forEach((item) -> items.add(OutputItem.from(item)));
			}
			this.output = Collections.unmodifiableList(items);
		}
		return this.output;
	}

	/** @return the token usage, or {@code null} when not reported */
	public @Nullable Usage usage() {
		return Usage.from(this.json.get("usage"));
	}

	/** @return the {@code error} object of a failed response, or {@code null} */
	public @Nullable JsonNode error() {
		JsonNode error = this.json.get("error");
		return (error != null && !error.isNull()) ? error : null;
	}

	/** @return the {@code incomplete_details} object, or {@code null} */
	public @Nullable JsonNode incompleteDetails() {
		JsonNode details = this.json.get("incomplete_details");
		return (details != null && !details.isNull()) ? details : null;
	}

	/** @return the instructions the response was produced with */
	public @Nullable String instructions() {
		return JsonValues.string(this.json, "instructions");
	}

	/** @return the response metadata (the caller's plus the platform's ids), never {@code null} */
	public Map<String, Object> metadata() {
		return JsonValues.map(this.json, "metadata");
	}

	/** @return the id of the response this one continues */
	public @Nullable String previousResponseId() {
		return JsonValues.string(this.json, "previous_response_id");
	}

	/** @return the platform request id ({@code general_augment_request_id}, else {@code request_id}) */
	public @Nullable String requestId() {
		return metadataString("general_augment_request_id", "request_id");
	}

	/** @return the platform trace id ({@code general_augment_trace_id}, else {@code trace_id}) */
	public @Nullable String traceId() {
		return metadataString("general_augment_trace_id", "trace_id");
	}

	/** @return the platform's own response id ({@code general_augment_response_id}) */
	public @Nullable String platformResponseId() {
		return metadataString("general_augment_response_id", "general_augment_response_id");
	}

	/**
	 * The reply's text (contract §3): {@code output_text} when it is a string; else every
	 * {@code output_text}/{@code text} content part of every output item, concatenated in order; else
	 * {@code ""}.
	 * @return the text, never {@code null}
	 */
	public String outputText() {
		JsonNode direct = this.json.get("output_text");
		if (direct != null && direct.isString()) {
			return direct.stringValue();
		}
		// Read from the JSON as it stands — output() would build an object per item and part — and with
		// no copy when one part holds all the text, as it mostly does.
		String only = null;
		StringBuilder text = null;
		JsonNode output = this.json.get("output");
		if (output != null && output.isArray()) {
			for (JsonNode item : output) {
				JsonNode content = item.get("content");
				if (content == null || !content.isArray()) {
					continue;
				}
				for (JsonNode part : content) {
					String type = JsonValues.string(part, "type");
					String partText = JsonValues.string(part, "text");
					if (partText == null || !("output_text".equals(type) || "text".equals(type))) {
						continue;
					}
					if (only == null && text == null) {
						only = partText;
					}
					else {
						if (text == null) {
							text = new StringBuilder(only);
						}
						text.append(partText);
					}
				}
			}
		}
		return (text != null) ? text.toString() : (only != null) ? only : "";
	}

	/**
	 * The structured output (contract §3): {@code output_parsed} when the key is present; else the
	 * first content part's {@code parsed}; else the trimmed output text parsed as JSON.
	 * @return the structured value
	 * @throws StructuredOutputException when the text is empty or not JSON (the raw text is kept)
	 */
	public JsonNode outputParsed() {
		if (this.json.has("output_parsed")) {
			return this.json.get("output_parsed");
		}
		for (OutputItem item : output()) {
			for (ContentPart part : item.content()) {
				if (part.raw().has("parsed")) {
					return part.raw().get("parsed");
				}
			}
		}
		String text = outputText().strip();
		if (text.isEmpty()) {
			throw structuredOutputError("output text is empty", text, null);
		}
		try {
			return JsonValues.DEFAULT_MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw structuredOutputError("output text is not valid JSON: " + ex.getOriginalMessage(), text, ex);
		}
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	StructuredOutputException structuredOutputError(String message, String rawText, @Nullable Throwable cause) {
		ErrorDetails details = new ErrorDetails(0, Reasons.INVALID_STRUCTURED_OUTPUT, null,
				"Structured output of response " + id() + " could not be read: " + message, requestId(), traceId(),
				null, RateLimit.NONE, null, rawText);
		return new StructuredOutputException(details, cause);
	}

	private @Nullable String metadataString(String first, String second) {
		JsonNode metadata = this.json.get("metadata");
		String value = JsonValues.string(metadata, first);
		return (value != null) ? value : JsonValues.string(metadata, second);
	}

	@Override
	public String toString() {
		return "Response{id=" + id() + ", status=" + status() + ", model=" + model() + "}";
	}

}
