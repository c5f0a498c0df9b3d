package com.generalaugment.spring.proxy;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link ProxyUserResolver}: the name of the authenticated principal
 * ({@link HttpServletRequest#getUserPrincipal()}, which Spring Security fills in and leaves empty for
 * anonymous callers), verbatim. Only when {@code genaug.proxy.trust-client-user=true} and no principal
 * is present is the body's {@code user} taken instead.
 */
public class PrincipalProxyUserResolver implements ProxyUserResolver {

	/** Longest client-claimed user id accepted when client users are trusted. */
	public static final int MAX_CLAIMED_USER_CHARS = 256;

	private final boolean trustClientUser;

	/**
	 * Create a resolver.
	 * @param trustClientUser whether to fall back to the body's {@code user} when no principal is present
	 */
	public PrincipalProxyUserResolver(boolean trustClientUser) {
		this.trustClientUser = trustClientUser;
	}

	@Override
	public boolean usesClaimedUser() {
		return this.trustClientUser;
	}

	@Override
	public @Nullable String resolveUser(HttpServletRequest request, @Nullable String claimedUser) {
		Principal principal = request.getUserPrincipal();
		if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
			return principal.getName();
		}
		if (this.trustClientUser && claimedUser != null && !claimedUser.isBlank()
				&& claimedUser.length() <= MAX_CLAIMED_USER_CHARS) {
			return claimedUser;
		}
		return null;
	}

}
