package com.generalaugment.spring.proxy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Replaces this server's platform keys with {@code [redacted]} in whatever the proxy sends to a client.
 * A platform that echoes the request's {@code Authorization} header into a reply or a stream event must
 * not hand the key to a phone; the key is matched as sent and in its JSON-escaped forms, which is how it
 * appears inside a JSON string.
 */
final class ProxyKeyRedactor {

	static final String REDACTED = "[redacted]";

	private final List<String> forms;

	// The same forms as Latin-1 strings of their UTF-8 bytes, for searching bodies without decoding them.
	private final List<String> byteForms;

	/**
	 * Create a redactor.
	 * @param keys the configured keys (project, admin); {@code null} and blank ones are skipped
	 */
	ProxyKeyRedactor(List<@Nullable String> keys) {
		Set<String> forms = new LinkedHashSet<>();
		for (String key : keys) {
			if (key != null && !key.isBlank()) {
				forms.add(key);
				String escaped = jsonEscaped(key);
				forms.add(escaped);
				forms.add(escaped.replace("/", "\\/"));
			}
		}
		this.forms = new ArrayList<>(forms);
		this.byteForms = this.forms.stream()
			.map((form) -> new String(form.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
			.toList();
	}

	/**
	 * @param text text about to be sent
	 * @return the text with every key form replaced; the same instance when none occurs
	 */
	String redact(String text) {
		String result = text;
		for (String form : this.forms) {
			if (result.contains(form)) {
				result = result.replace(form, REDACTED);
			}
		}
		return result;
	}

	/**
	 * @param body UTF-8 bytes about to be sent
	 * @return the bytes with every key form replaced; the same array when none occurs
	 */
	byte[] redact(byte[] body) {
		if (this.byteForms.isEmpty()) {
			return body;
		}
		// Latin-1 maps each byte to one char, so the search runs on the bytes as they are, without decoding
		// (and without mangling) UTF-8.
		String bytes = new String(body, StandardCharsets.ISO_8859_1);
		String result = bytes;
		for (String needle : this.byteForms) {
			if (result.contains(needle)) {
				result = result.replace(needle, REDACTED);
			}
		}
		return (result == bytes) ? body : result.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String jsonEscaped(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
