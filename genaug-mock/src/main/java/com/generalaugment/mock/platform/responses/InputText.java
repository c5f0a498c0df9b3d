package com.generalaugment.mock.platform.responses;

import java.util.ArrayList;
import java.util.List;

import com.generalaugment.mock.platform.json.PyJson;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;

/**
 * The input text of a Responses request (contract §7, "Input text"): the one string every other rule of
 * the mock reads.
 */
public final class InputText {

	private InputText() {
	}

	/**
	 * Derives the input text: a string as-is; a list → its items' input texts, empty ones skipped, joined
	 * with one space; an object → its {@code content} (recursively) if present, else {@code text}, else
	 * {@code input_text}, else its JSON with sorted keys; absent → "".
	 *
	 * @param input the {@code input} field, possibly {@code null}
	 * @return the input text
	 */
	public static String of(JsonNode input) {
		if (input == null || input.isNull() || input.isMissingNode()) {
			return "";
		}
		if (input.isString()) {
			return input.stringValue();
		}
		if (input.isArray()) {
			List<String> parts = new ArrayList<>();
			for (JsonNode item : input) {
				String part = of(item);
				if (!part.isEmpty()) {
					parts.add(part);
				}
			}
			return String.join(" ", parts);
		}
		if (input.isObject()) {
			if (input.has("content")) {
				return of(input.get("content"));
			}
			if (input.has("text")) {
				return PyValues.str(input.get("text"));
			}
			if (input.has("input_text")) {
				return PyValues.str(input.get("input_text"));
			}
		}
		// Numbers, booleans and other objects: Python's json.dumps(value, sort_keys=True).
		return PyJson.spaced(input);
	}

}
