package com.generalaugment.spring.actuate;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the General Augment keys in {@code /actuator/configprops} and {@code /actuator/env}, also when their
 * values are shown ({@code show-values=always}): {@code genaug.api-key}, {@code genaug.admin.api-key} and
 * the {@code GENAUG_API_KEY} / {@code GENAUG_ADMIN_API_KEY} environment variables, in any relaxed spelling.
 */
public class GenaugKeySanitizingFunction implements SanitizingFunction {

	// Relaxed forms reduce to these once case and separators are dropped: genaug.api-key, genaug.apiKey,
	// GENAUG_API_KEY and GENAUG_APIKEY all become "genaugapikey".
	private static final Set<String> KEYS = Set.of("genaugapikey", "genaugadminapikey");

	@Override
	public SanitizableData apply(SanitizableData data) {
		return isKey(data.getKey()) ? data.withSanitizedValue() : data;
	}

	static boolean isKey(String name) {
		StringBuilder reduced = new StringBuilder(name.length());
		for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				reduced.append(c);
			}
		}
		return KEYS.contains(reduced.toString());
	}

}
