package com.generalaugment.mock.platform.responses;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Memory recall, which the platform's mock lacks: a plain-text turn whose input contains the word
 * {@code recall} (any case, as a whole word) quotes the user's stored facts, so a client can check that
 * what it stored reaches a reply. The reply is the usual mock text + {@code " Recalled: "} + the facts in
 * stored order joined with {@code "; "}. Any other input, or a user without facts, keeps the contract's
 * exact text.
 */
final class Recall {

	private static final Pattern RECALL = Pattern.compile("\\brecall\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private Recall() {
	}

	/** Whether the input asks to recall. */
	static boolean asked(String inputText) {
		return RECALL.matcher(inputText).find();
	}

	/** The reply text with the user's facts appended, when the input asks for them and there are any. */
	static String apply(String text, String inputText, List<String> facts) {
		if (facts.isEmpty() || !asked(inputText)) {
			return text;
		}
		return text + " Recalled: " + String.join("; ", facts);
	}

}
