package com.generalaugment.client.internal.http;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Removes the client's credentials from any text that leaves the SDK (exception messages, kept error
 * bodies, logs). The SDK never puts a key into such text itself; this guards against a platform or
 * gateway echoing a header back.
 */
public final class Redactor {

	/** What a credential is replaced with. */
	public static final String MASK = "[REDACTED]";

	private final List<String> secrets;

	/**
	 * Create a redactor for the given secrets; blank or very short values are ignored.
	 * @param secrets the credentials to hide
	 */
	public Redactor(@Nullable String... secrets) {
		this.secrets = java.util.Arrays.stream(secrets)
			.filter(Objects::nonNull)
			.filter((secret) -> secret.strip().length() >= 4)
			.toList();
	}

	/**
	 * Replace every credential in the text.
	 * @param text the text
	 * @return the text without credentials
	 */
	public String redact(String text) {
		if (text.isEmpty()) {
			return text;
		}
		String result = text;
		for (String secret : this.secrets) {
			if (result.contains(secret)) {
				result = result.replace(secret, MASK);
			}
		}
		return result;
	}

}
