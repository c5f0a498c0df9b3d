package com.generalaugment.client.internal.http;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes dynamic path segments as the contract requires (§1): everything outside RFC 3986's
 * unreserved set is encoded, so {@code /} becomes {@code %2F}, {@code +} becomes {@code %2B} and a space
 * {@code %20}. (Spring's {@code UriUtils.encodePathSegment} keeps {@code +}, which some servers read as
 * a space.)
 */
public final class PathSegments {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PathSegments() {
	}

	/**
	 * Encode one path segment.
	 * @param segment the raw value, e.g. {@code +1555/1}
	 * @return the encoded segment, e.g. {@code %2B1555%2F1}
	 */
	public static String encode(String segment) {
		StringBuilder encoded = null;
		byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (isUnreserved(b)) {
				if (encoded != null) {
					encoded.append((char) b);
				}
				continue;
			}
			if (encoded == null) {
				encoded = new StringBuilder(bytes.length * 3);
				for (int j = 0; j < i; j++) {
					encoded.append((char) bytes[j]);
				}
			}
			encoded.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
		}
		return (encoded != null) ? encoded.toString() : segment;
	}

	private static boolean isUnreserved(int b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '.'
				|| b == '_' || b == '~';
	}

}
