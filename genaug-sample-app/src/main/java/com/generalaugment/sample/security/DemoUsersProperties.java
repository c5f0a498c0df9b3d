package com.generalaugment.sample.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo accounts the mobile side signs in with (HTTP Basic).
 *
 * @param users user name to password; defaults in {@code application.yml}
 * ({@code alice}/{@code alice-password}, {@code bob}/{@code bob-password}), overridable like any
 * property, e.g. {@code SAMPLE_USERS_ALICE=…}
 */
@ConfigurationProperties("sample")
public record DemoUsersProperties(Map<String, String> users) {
}
