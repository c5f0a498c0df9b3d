package com.generalaugment.mock.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Python value semantics the platform's mock applies to request fields: truthiness ({@code x or default}),
 * {@code str(x)}, {@code float(x)} and {@code int(x)} conversions. Keeping them in one place makes the
 * contract §7 rules read like the original ("{@code user} or {@code mock-user}").
 */
public final class PyValues {

	private PyValues() {
	}

	/**
	 * Python truthiness: {@code null}, {@code false}, zero, {@code ""}, {@code []} and {@code {}} are false.
	 *
	 * @param value the node, possibly {@code null} (absent)
	 * @return whether Python would treat it as true
	 */
	public static boolean truthy(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return false;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.isIntegralNumber() ? value.bigIntegerValue().signum() != 0 : value.doubleValue() != 0;
		}
		if (value.isString()) {
			return !value.stringValue().isEmpty();
		}
		return !value.isEmpty();
	}

	/**
	 * Python's {@code str(x or default)}.
	 *
	 * @param value the node, possibly {@code null}
	 * @param fallback the value used when the node is not truthy
	 * @return the text
	 */
	public static String strOr(JsonNode value, String fallback) {
		return truthy(value) ? str(value) : fallback;
	}

	/**
	 * Python's {@code str(x)} of a JSON value: strings as-is, {@code None}, {@code True}/{@code False},
	 * numbers in Python form, containers in Python {@code repr} form.
	 *
	 * @param value the node, possibly {@code null}
	 * @return the text
	 */
	public static String str(JsonNode value) {
		if (value != null && value.isString()) {
			return value.stringValue();
		}
		return repr(value);
	}

	/**
	 * Python's {@code _optional_string}: {@code None} stays absent, an empty {@code str(x)} is absent.
	 *
	 * @param value the node, possibly {@code null}
	 * @return the text, or {@code null}
	 */
	public static @Nullable String optionalString(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		String text = str(value);
		return text.isEmpty() ? null : text;
	}

	/**
	 * Python's {@code _optional_float}: {@code float(x)} or absent when that fails.
	 *
	 * @param value the node, possibly {@code null}
	 * @return the number, or {@code null}
	 */
	public static @Nullable Double optionalFloat(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isNumber()) {
			return value.doubleValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? 1.0 : 0.0;
		}
		if (value.isString()) {
			return parseFloat(value.stringValue());
		}
		return null;
	}

	/**
	 * Python's {@code _positive_int}: {@code max(1, int(x))}, or the default when {@code int(x)} fails.
	 *
	 * @param value the node, possibly {@code null}
	 * @param fallback the default
	 * @return a positive integer
	 */
	public static int positiveInt(JsonNode value, int fallback) {
		BigInteger parsed = pythonInt(value);
		if (parsed == null) {
			return fallback;
		}
		if (parsed.signum() <= 0) {
			return 1;
		}
		return parsed.bitLength() < 31 ? parsed.intValue() : Integer.MAX_VALUE;
	}

	private static @Nullable BigInteger pythonInt(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isIntegralNumber()) {
			return value.bigIntegerValue();
		}
		if (value.isNumber()) {
			double d = value.doubleValue();
			return Double.isFinite(d) ? new BigDecimal(d).toBigInteger() : null;
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
		}
		if (value.isString()) {
			String text = PyText.strip(value.stringValue()).replace("_", "");
			if (text.matches("[+-]?\\d+")) {
				return new BigInteger(text);
			}
		}
		return null;
	}

	private static @Nullable Double parseFloat(String raw) {
		String text = PyText.strip(raw).replace("_", "").toLowerCase(Locale.ROOT);
		String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
		double sign = text.startsWith("-") ? -1 : 1;
		if (unsigned.equals("nan")) {
			return Double.NaN;
		}
		if (unsigned.equals("inf") || unsigned.equals("infinity")) {
			return sign * Double.POSITIVE_INFINITY;
		}
		if (!unsigned.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
			return null;
		}
		return Double.parseDouble(text);
	}

	private static String repr(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "None";
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? "True" : "False";
		}
		if (value.isIntegralNumber()) {
			return value.bigIntegerValue().toString();
		}
		if (value.isNumber()) {
			double d = value.doubleValue();
			if (Double.isNaN(d)) {
				return "nan";
			}
			if (Double.isInfinite(d)) {
				return d > 0 ? "inf" : "-inf";
			}
			return PyJson.floatRepr(d);
		}
		if (value.isString()) {
			return quote(value.stringValue());
		}
		StringBuilder out = new StringBuilder();
		if (value.isArray()) {
			out.append('[');
			for (int i = 0; i < value.size(); i++) {
				out.append(i > 0 ? ", " : "").append(repr(value.get(i)));
			}
			return out.append(']').toString();
		}
		out.append('{');
		boolean first = true;
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			out.append(first ? "" : ", ").append(quote(entry.getKey())).append(": ").append(repr(entry.getValue()));
			first = false;
		}
		return out.append('}').toString();
	}

	/** Python's {@code repr(str)}: single quotes unless the text holds a single quote and no double quote. */
	private static String quote(String text) {
		char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
		StringBuilder out = new StringBuilder().append(quote);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == quote || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\r') {
				out.append("\\r");
			}
			else if (c == '\t') {
				out.append("\\t");
			}
			else if (c < ' ' || c == 0x7f) {
				out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append(quote).toString();
	}

}
