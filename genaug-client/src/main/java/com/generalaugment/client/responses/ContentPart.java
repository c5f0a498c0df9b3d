package com.generalaugment.client.responses;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One content part of an output item, e.g. {@code {"type": "output_text", "text": "…"}}.
 *
 * @param type the part type ({@code output_text}, …)
 * @param text the text, when the part has one
 * @param raw the part's whole JSON, unknown fields included
 */
public record ContentPart(String type, @Nullable String text, JsonNode raw) {

	static ContentPart from(JsonNode node) {
		String type = JsonValues.string(node, "type");
		return new ContentPart((type != null) ? type : "", JsonValues.string(node, "text"), node);
	}

}
