package com.generalaugment.mock.platform;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.generalaugment.mock.platform.admin.IssuedKeys;

/**
 * The credential check. The platform's own mock checks none; ours behaves like the hosted platform so a
 * client that forgets a key fails in tests too: any non-blank key passes unless a key set is configured.
 *
 * <p>A key issued by {@code POST /api/v1/admin/keys} and not revoked passes as well, even when key sets are
 * configured: as {@code X-Admin-Key} when it has a management scope (e.g. {@code admin}), as
 * {@code Authorization: Bearer} when it has a runtime scope ({@code responses:create}, {@code runtime}).
 * Without that, a client could not test the key it just created against a locked mock.
 */
final class Credentials {

	private final Set<String> apiKeys;

	private final Set<String> adminKeys;

	private final IssuedKeys issued;

	/**
	 * @param apiKeys accepted project keys; empty accepts any non-blank key
	 * @param adminKeys accepted admin keys; empty accepts any non-blank key
	 * @param issued the keys created through the keys routes
	 */
	Credentials(Set<String> apiKeys, Set<String> adminKeys, IssuedKeys issued) {
		this.apiKeys = Set.copyOf(apiKeys);
		this.adminKeys = Set.copyOf(adminKeys);
		this.issued = issued;
	}

	void check(Access access, MockRequest request) {
		if (access == Access.PROJECT_KEY) {
			verify(request.bearerToken(), apiKeys, issued::acceptsAsProjectKey, "missing_api_key",
					"Send the project key as Authorization: Bearer <key>.", "invalid_api_key",
					"The project key is not valid.");
		}
		else if (access == Access.ADMIN_KEY) {
			String key = request.header("X-Admin-Key");
			verify(key == null ? "" : key.strip(), adminKeys, issued::acceptsAsAdminKey, "missing_admin_key",
					"Send the admin key as X-Admin-Key: <key>.", "invalid_admin_key", "The admin key is not valid.");
		}
	}

	private static void verify(String key, Set<String> accepted, Predicate<String> issuedKey, String missingReason,
			String missingMessage, String invalidReason, String invalidMessage) {
		if (key.isEmpty()) {
			throw unauthorized(missingReason, missingMessage);
		}
		if (!accepted.isEmpty() && !accepted.contains(key) && !issuedKey.test(key)) {
			throw unauthorized(invalidReason, invalidMessage);
		}
	}

	private static ApiError unauthorized(String reason, String message) {
		return ApiError.of(401, "unauthorized", reason, message).withHeaders(Map.of("WWW-Authenticate", "Bearer"));
	}

}
