package com.generalaugment.mock.platform.responses;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.generalaugment.mock.platform.json.PyText;

/**
 * The assistant text of contract §7, "Output text": the exact-reply capture, else a deterministic echo.
 */
public final class MockText {

	/**
	 * Python's {@code re.search(r"reply exactly with:\s*(.+)", re.IGNORECASE)}: {@code .} stops only at
	 * {@code \n} (UNIX_LINES) and {@code \s} is Unicode whitespace, which in Python includes U+001C..U+001F.
	 */
	private static final Pattern EXACT_REPLY = Pattern.compile("reply exactly with:[\\s\\x1c-\\x1f]*(.+)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);

	private static final int CLIP_LENGTH = 160;

	private MockText() {
	}

	/**
	 * The text after "reply exactly with:" up to the end of that line, trimmed, then stripped of
	 * surrounding {@code "} and backticks.
	 *
	 * @param inputText the input text
	 * @return the captured text, or empty when the input asks for no exact reply
	 */
	public static Optional<String> exactReply(String inputText) {
		Matcher matcher = EXACT_REPLY.matcher(inputText);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return Optional.of(PyText.strip(PyText.strip(matcher.group(1)), "\"`"));
	}

	/**
	 * The output text: the exact-reply capture, else
	 * {@code Mock General Augment response for {user}: {clipped}} where {@code clipped} is the input with
	 * whitespace runs collapsed, trimmed and cut to 160 characters, or {@code empty input}.
	 *
	 * @param inputText the input text
	 * @param user the request's user, already defaulted to {@code mock-user}
	 * @return the output text
	 */
	public static String reply(String inputText, String user) {
		return exactReply(inputText).orElseGet(() -> {
			List<String> words = PyText.split(inputText);
			String clipped = PyText.head(String.join(" ", words), CLIP_LENGTH);
			return "Mock General Augment response for " + user + ": " + (clipped.isEmpty() ? "empty input" : clipped);
		});
	}

	/**
	 * The label of structured output: the exact-reply capture, else {@code genaug-structured-ok} when the
	 * input contains it, else {@code genaug-smoke-ok}.
	 *
	 * @param inputText the input text
	 * @return the label
	 */
	public static String label(String inputText) {
		return exactReply(inputText)
			.orElse(inputText.contains("genaug-structured-ok") ? "genaug-structured-ok" : "genaug-smoke-ok");
	}

}
