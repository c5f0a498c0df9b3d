package com.generalaugment.mock.platform.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Python {@code str} operations the platform's mock relies on ({@code split()}, {@code strip()}, slicing),
 * reproduced with Python's notion of whitespace and code-point indexing so that word counts, echo clipping
 * and exact-reply captures match contract §7 for any input.
 */
public final class PyText {

	private PyText() {
	}

	/**
	 * Python's {@code str.isspace()} for one code point. Java's {@link Character#isWhitespace} leaves out
	 * the no-break spaces and NEL, which Python counts as whitespace.
	 *
	 * @param codePoint the code point
	 * @return whether Python treats it as whitespace
	 */
	public static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
	}

	/**
	 * Python's {@code str.split()} without arguments: runs of whitespace separate words, no empty words.
	 *
	 * @param text the text
	 * @return the words
	 */
	public static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		int start = -1;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (isSpace(cp)) {
				if (start >= 0) {
					words.add(text.substring(start, i));
					start = -1;
				}
			}
			else if (start < 0) {
				start = i;
			}
			i += Character.charCount(cp);
		}
		if (start >= 0) {
			words.add(text.substring(start));
		}
		return words;
	}

	/**
	 * Python's {@code str.strip()} without arguments.
	 *
	 * @param text the text
	 * @return the text without leading and trailing whitespace
	 */
	public static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && isSpace(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end);
	}

	/**
	 * Python's {@code str.strip(chars)}: removes any of the given characters from both ends.
	 *
	 * @param text the text
	 * @param chars the characters to remove
	 * @return the stripped text
	 */
	public static String strip(String text, String chars) {
		int start = 0;
		int end = text.length();
		while (start < end && chars.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && chars.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(start, end);
	}

	/**
	 * Python's {@code text[:limit]}: the first {@code limit} code points (not UTF-16 units).
	 *
	 * @param text the text
	 * @param limit the number of code points to keep
	 * @return the prefix
	 */
	public static String head(String text, int limit) {
		if (text.codePointCount(0, text.length()) <= limit) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, limit));
	}

}
