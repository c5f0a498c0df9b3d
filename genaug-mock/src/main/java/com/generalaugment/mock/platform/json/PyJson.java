package com.generalaugment.mock.platform.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Writes JSON text exactly as Python's {@code json.dumps(value, sort_keys=True)} does, because the
 * platform's own mock is Python and contract §7 pins its output byte for byte.
 *
 * <p>That means: keys sorted by code point, {@code ensure_ascii} escaping (every character outside
 * {@code ' '..'~'} as a lowercase {@code \}{@code uXXXX} escape), and floats in Python's {@code repr} form
 * ({@code 1.0} stays {@code 1.0}, {@code 1e-05}, {@code 1e+16}). Integers are written as integers.
 */
public final class PyJson {

	private static final String HEX = "0123456789abcdef";

	private PyJson() {
	}

	/**
	 * The canonical form of contract §7: sorted keys and compact separators {@code ","} / {@code ":"}.
	 * Used for digests, SSE {@code data:} lines and every JSON reply body.
	 *
	 * @param value the value to write ({@code null} or a missing node is written as {@code null})
	 * @return the JSON text
	 */
	public static String canonical(JsonNode value) {
		StringBuilder out = new StringBuilder();
		write(out, value, ",", ":");
		return out.toString();
	}

	/**
	 * Python's default separators {@code ", "} / {@code ": "} with sorted keys: the form of the structured
	 * output text of contract §7 (e.g. {@code {"seat": "genaug-smoke-ok"}}).
	 *
	 * @param value the value to write
	 * @return the JSON text
	 */
	public static String spaced(JsonNode value) {
		StringBuilder out = new StringBuilder();
		write(out, value, ", ", ": ");
		return out.toString();
	}

	private static void write(StringBuilder out, JsonNode node, String itemSeparator, String keySeparator) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			out.append("null");
		}
		else if (node.isObject()) {
			List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
			entries.sort(Map.Entry.comparingByKey(PyJson::compareCodePoints));
			out.append('{');
			for (int i = 0; i < entries.size(); i++) {
				if (i > 0) {
					out.append(itemSeparator);
				}
				writeString(out, entries.get(i).getKey());
				out.append(keySeparator);
				write(out, entries.get(i).getValue(), itemSeparator, keySeparator);
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				if (i > 0) {
					out.append(itemSeparator);
				}
				write(out, node.get(i), itemSeparator, keySeparator);
			}
			out.append(']');
		}
		else if (node.isString()) {
			writeString(out, node.stringValue());
		}
		else if (node.isBoolean()) {
			out.append(node.booleanValue() ? "true" : "false");
		}
		else if (node.isIntegralNumber()) {
			out.append(node.bigIntegerValue());
		}
		else if (node.isNumber()) {
			out.append(floatRepr(node.doubleValue()));
		}
		else {
			writeString(out, node.asString());
		}
	}

	/**
	 * Python sorts {@code str} keys by code point; {@link String#compareTo} compares UTF-16 units, which
	 * differs for characters beyond the Basic Multilingual Plane.
	 *
	 * @param left one string
	 * @param right another string
	 * @return the code point order of the two strings
	 */
	static int compareCodePoints(String left, String right) {
		int i = 0;
		int j = 0;
		while (i < left.length() && j < right.length()) {
			int a = left.codePointAt(i);
			int b = right.codePointAt(j);
			if (a != b) {
				return Integer.compare(a, b);
			}
			i += Character.charCount(a);
			j += Character.charCount(b);
		}
		return Integer.compare(left.length() - i, right.length() - j);
	}

	private static void writeString(StringBuilder out, String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c >= ' ' && c <= '~') {
						out.append(c);
					}
					else {
						out.append("\\u")
							.append(HEX.charAt((c >> 12) & 0xF))
							.append(HEX.charAt((c >> 8) & 0xF))
							.append(HEX.charAt((c >> 4) & 0xF))
							.append(HEX.charAt(c & 0xF));
					}
				}
			}
		}
		out.append('"');
	}

	/**
	 * Python's {@code repr(float)}: the shortest digits that read back to the same double, written in
	 * fixed notation when the decimal exponent is in {@code -4..15}, else as {@code 1e-05} / {@code 1.5e+16}.
	 *
	 * @param value the double
	 * @return its Python text
	 */
	public static String floatRepr(double value) {
		if (Double.isNaN(value)) {
			return "NaN";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "Infinity" : "-Infinity";
		}
		if (value == 0) {
			return (1 / value < 0) ? "-0.0" : "0.0";
		}
		BigDecimal shortest = shortestRoundTrip(value);
		String digits = shortest.unscaledValue().abs().toString();
		int exponent = digits.length() - 1 - shortest.scale();
		String sign = value < 0 ? "-" : "";
		if (exponent < -4 || exponent >= 16) {
			String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
			String exponentText = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
			return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentText;
		}
		String plain = shortest.abs().toPlainString();
		return sign + (plain.contains(".") ? plain : plain + ".0");
	}

	private static BigDecimal shortestRoundTrip(double value) {
		BigDecimal exact = new BigDecimal(value);
		for (int precision = 1; precision <= 17; precision++) {
			BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
			if (candidate.doubleValue() == value) {
				return candidate.stripTrailingZeros();
			}
		}
		return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
	}

}
