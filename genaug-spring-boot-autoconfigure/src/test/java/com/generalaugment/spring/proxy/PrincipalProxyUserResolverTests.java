package com.generalaugment.spring.proxy;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PrincipalProxyUserResolverTests {

	@Test
	void thePrincipalIsTheUserAndTheClaimIsIgnored() {
		assertThat(new PrincipalProxyUserResolver(false).resolveUser(signedIn("alice"), "mallory")).isEqualTo("alice");
	}

	@Test
	void thePrincipalWinsEvenWhenClientUsersAreTrusted() {
		assertThat(new PrincipalProxyUserResolver(true).resolveUser(signedIn("alice"), "mallory")).isEqualTo("alice");
	}

	@Test
	void withoutAPrincipalTheClaimIsIgnoredUnlessTrusted() {
		assertThat(new PrincipalProxyUserResolver(false).resolveUser(new MockHttpServletRequest(), "bob")).isNull();
		assertThat(new PrincipalProxyUserResolver(true).resolveUser(new MockHttpServletRequest(), "bob")).isEqualTo("bob");
	}

	@Test
	void blankOrOverlongClaimsAreNotUsers() {
		PrincipalProxyUserResolver resolver = new PrincipalProxyUserResolver(true);
		assertThat(resolver.resolveUser(new MockHttpServletRequest(), " ")).isNull();
		assertThat(resolver.resolveUser(new MockHttpServletRequest(), "u".repeat(257))).isNull();
		assertThat(resolver.resolveUser(new MockHttpServletRequest(), null)).isNull();
	}

	private static MockHttpServletRequest signedIn(String name) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setUserPrincipal(() -> name);
		return request;
	}

}
