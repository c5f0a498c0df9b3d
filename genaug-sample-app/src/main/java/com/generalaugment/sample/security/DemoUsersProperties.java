package com.generalaugment.sample.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo accounts the mobile side signs in with at {@code POST /auth/token}.
 *
 * @param users user name to account; defaults in {@code application.yml} ({@code alice} and
 * {@code bob} with role {@code USER}, {@code ops} with role {@code OPS}), overridable like any
 * property, e.g. {@code SAMPLE_USERS_ALICE_PASSWORD=…}
 */
@ConfigurationProperties("sample")
public record DemoUsersProperties(Map<String, DemoUser> users) {

	/**
	 * One demo account.
	 *
	 * @param password the password, stored hashed in memory at start
	 * @param roles the roles without the {@code ROLE_} prefix; {@code USER} when not set
	 */
	public record DemoUser(String password, @DefaultValue("USER") List<String> roles) {
	}

}
