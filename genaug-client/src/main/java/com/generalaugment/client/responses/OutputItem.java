package com.generalaugment.client.responses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One item of a response's {@code output}, typically an assistant message.
 *
 * @param id the item id
 * @param type the item type ({@code message}, …)
 * @param role the role for messages ({@code assistant})
 * @param status the item status
 * @param content the content parts
 * @param raw the item's whole JSON, unknown fields included
 */
public record OutputItem(@Nullable String id, String type, @Nullable String role, @Nullable String status,
		List<ContentPart> content, JsonNode raw) {

	static OutputItem from(JsonNode node) {
		List<ContentPart> parts = new ArrayList<>();
		JsonNode content = node.get("content");
		if (content != null && content.isArray()) {
			content.forEach((part) -> parts.add(ContentPart.from(part)));
		}
		String type = JsonValues.string(node, "type");
		return new OutputItem(JsonValues.string(node, "id"), (type != null) ? type : "",
				JsonValues.string(node, "role"), JsonValues.string(node, "status"), Collections.unmodifiableList(parts),
				node);
	}

}
