package com.generalaugment.spring.proxy;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Decides which user a proxy request is made for. The id it returns is sent upstream as the request's
 * {@code user}, keys the rate limit, the stream cap and the conversation memory, and namespaces the
 * idempotency key. Declare a bean of this type to replace the default
 * ({@link PrincipalProxyUserResolver}), e.g. to read a claim of a JWT.
 */
@FunctionalInterface
public interface ProxyUserResolver {

	/**
	 * Resolve the user of a request.
	 * @param request the incoming request, after the application's security filters
	 * @param claimedUser the body's {@code user} field as sent by the client (untrusted), or {@code null}
	 * @return the user id, or {@code null} when the caller is not identified (answered with 401)
	 */
	@Nullable String resolveUser(HttpServletRequest request, @Nullable String claimedUser);

	/**
	 * Whether {@link #resolveUser} may name a user from the body's claim when the request alone names
	 * nobody. When it may not, an unidentified caller is refused (401) before its body is read.
	 * @return {@code true} (the safe default for a resolver that does not say)
	 */
	default boolean usesClaimedUser() {
		return true;
	}

}
