package com.generalaugment.mock.platform;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential check. The platform's own mock checks none; ours behaves like the hosted platform so a
 * client that forgets a key fails in tests too: any non-blank key passes unless a key set is configured.
 */
final class Credentials {

	private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+(.*)");

	private final Set<String> apiKeys;

	private final Set<String> adminKeys;

	/**
	 * @param apiKeys accepted project keys; empty accepts any non-blank key
	 * @param adminKeys accepted admin keys; empty accepts any non-blank key
	 */
	Credentials(Set<String> apiKeys, Set<String> adminKeys) {
		this.apiKeys = Set.copyOf(apiKeys);
		this.adminKeys = Set.copyOf(adminKeys);
	}

	void check(Access access, MockRequest request) {
		if (access == Access.PROJECT_KEY) {
			String authorization = request.header("Authorization");
			Matcher bearer = authorization == null ? null : BEARER.matcher(authorization.strip());
			String key = bearer != null && bearer.matches() ? bearer.group(1).strip() : "";
			verify(key, apiKeys, "missing_api_key", "Send the project key as Authorization: Bearer <key>.",
					"invalid_api_key", "The project key is not valid.");
		}
		else if (access == Access.ADMIN_KEY) {
			String key = request.header("X-Admin-Key");
			verify(key == null ? "" : key.strip(), adminKeys, "missing_admin_key",
					"Send the admin key as X-Admin-Key: <key>.", "invalid_admin_key", "The admin key is not valid.");
		}
	}

	private static void verify(String key, Set<String> accepted, String missingReason, String missingMessage,
			String invalidReason, String invalidMessage) {
		if (key.isEmpty()) {
			throw unauthorized(missingReason, missingMessage);
		}
		if (!accepted.isEmpty() && !accepted.contains(key)) {
			throw unauthorized(invalidReason, invalidMessage);
		}
	}

	private static ApiError unauthorized(String reason, String message) {
		return ApiError.of(401, "unauthorized", reason, message).withHeaders(Map.of("WWW-Authenticate", "Bearer"));
	}

}
