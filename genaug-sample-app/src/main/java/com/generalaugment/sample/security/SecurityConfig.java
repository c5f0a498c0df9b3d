package com.generalaugment.sample.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import com.generalaugment.sample.security.SignInThrottle.SignInThrottledException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Two stateless filter chains. {@code POST /auth/token} alone takes HTTP Basic, throttled per user
 * name, and answers a short-lived signed token; every other call authenticates with that token as a
 * bearer, so the password hash is checked once per sign-in rather than on every proxied call. Admin
 * endpoints (billed scheduled jobs), the support bundle and its verify run (billed calls too), health
 * details and every other actuator endpoint need the {@code OPS} role. Failures are JSON, never a
 * redirect to a login page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	/** The claim that carries the user's roles, without the {@code ROLE_} prefix. */
	static final String ROLES_CLAIM = "roles";

	private static final String ROLE_PREFIX = "ROLE_";

	@Bean
	@Order(1)
	SecurityFilterChain tokenSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
			TokenProperties properties) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		SignInThrottle throttle = new SignInThrottle(properties.throttle(), Ticker.systemTicker());
		AuthenticationEntryPoint basicFailure = (request, response, ex) -> {
			if (ex instanceof SignInThrottledException throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()));
				writeError(response, 429, "rate_limited", "Too many failed sign-ins for this user. Retry later.");
				return;
			}
			// The page signs in itself: without the challenge header the browser shows no login dialog.
			if (!"fetch".equals(request.getHeader("X-Requested-With"))) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"genaug-sample\"");
			}
			writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
					"Sign in with HTTP Basic to get a token.");
		};
		http.securityMatcher("/auth/token")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.authenticationManager(throttle.guard(new ProviderManager(passwords)))
			.httpBasic((basic) -> basic.authenticationEntryPoint(basicFailure))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(basicFailure));
		return stateless(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtAuthenticationConverter tokenAuthentication)
			throws Exception {
		// Bearer's own handlers set the status and the WWW-Authenticate challenge; the JSON body is ours.
		AuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			bearerChallenge.commence(request, response, ex);
			writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
					"Send a valid bearer token from POST /auth/token.");
		};
		AccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
		AccessDeniedHandler forbidden = (request, response, ex) -> {
			bearerDenied.handle(request, response, ex);
			writeError(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
					"Your account may not use this endpoint.");
		};
		http.authorizeHttpRequests((requests) -> requests
			// Streamed replies finish on async and error dispatches (build notes, trap 8).
			.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
			.permitAll()
			// The pages are shells without data: what they show comes from calls that check the token.
			.requestMatchers("/", "/index.html", "/app.js", "/app.css", "/session.js", "/ops.html", "/ops.js", "/favicon.ico")
			.permitAll()
			// Health shows its status to anyone and its details to OPS only (management.endpoint.health).
			.requestMatchers(EndpointRequest.to("health", "info"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("OPS")
			.requestMatchers("/admin/**")
			.hasRole("OPS")
			.anyRequest()
			.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(forbidden)
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokenAuthentication)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(forbidden));
		return stateless(http).build();
	}

	// Neither chain keeps a session or reads a cookie, so no third-party page can ride on one: CSRF
	// does not apply.
	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
	}

	@Bean
	JwtAuthenticationConverter tokenAuthentication() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(ROLES_CLAIM);
		roles.setAuthorityPrefix(ROLE_PREFIX);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return converter;
	}

	@Bean
	UserDetailsService demoUsers(DemoUsersProperties properties) {
		PasswordEncoder encoder = passwordEncoder();
		List<UserDetails> users = properties.users()
			.entrySet()
			.stream()
			.map((entry) -> User.withUsername(entry.getKey())
				.password(encoder.encode(entry.getValue().password()))
				.roles(entry.getValue().roles().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The user's roles without the prefix, from authorities that may also hold non-role entries. */
	static List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.toList();
	}

	// The same error shape as the proxy and ApiErrorAdvice; the texts are fixed, so no escaping is needed.
	private static void writeError(HttpServletResponse response, int status, String reason, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.getWriter()
			.write("{\"error\":{\"reason\":\"" + reason + "\",\"message\":\"" + message + "\",\"request_id\":null}}");
	}

}
