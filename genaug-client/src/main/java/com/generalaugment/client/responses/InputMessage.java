package com.generalaugment.client.responses;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One message of a list-form {@code input}: a role and either plain text or content parts.
 *
 * @param role {@code user}, {@code assistant}, {@code system} or {@code developer}
 * @param text the content as plain text, or {@code null} when {@code parts} is used
 * @param parts the content as parts, or {@code null} when {@code text} is used
 */
public record InputMessage(String role, @Nullable String text, @Nullable List<InputPart> parts) {

	/**
	 * Validates that exactly one of text and parts is set.
	 * @param role the role
	 * @param text the text, or {@code null}
	 * @param parts the parts, or {@code null}
	 */
	public InputMessage {
		Objects.requireNonNull(role, "role");
		if ((text == null) == (parts == null)) {
			throw new IllegalArgumentException("An input message has either text or parts");
		}
		parts = (parts != null) ? List.copyOf(parts) : null;
	}

	/**
	 * A user message.
	 * @param text the text
	 * @return the message
	 */
	public static InputMessage user(String text) {
		return new InputMessage("user", text, null);
	}

	/**
	 * An assistant message (an earlier reply, for context).
	 * @param text the text
	 * @return the message
	 */
	public static InputMessage assistant(String text) {
		return new InputMessage("assistant", text, null);
	}

	/**
	 * A system message.
	 * @param text the text
	 * @return the message
	 */
	public static InputMessage system(String text) {
		return new InputMessage("system", text, null);
	}

	/**
	 * A developer message.
	 * @param text the text
	 * @return the message
	 */
	public static InputMessage developer(String text) {
		return new InputMessage("developer", text, null);
	}

	/**
	 * A message made of content parts.
	 * @param role the role
	 * @param parts the parts
	 * @return the message
	 */
	public static InputMessage of(String role, InputPart... parts) {
		return new InputMessage(role, null, List.of(parts));
	}

	/**
	 * One content part of an input message, e.g. {@code {"type": "input_text", "text": "…"}}.
	 *
	 * @param type the part type
	 * @param text the text
	 */
	public record InputPart(String type, String text) {

		/**
		 * An {@code input_text} part.
		 * @param text the text
		 * @return the part
		 */
		public static InputPart text(String text) {
			return new InputPart("input_text", text);
		}

	}

}
