package com.generalaugment.sample.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless HTTP Basic for the API. The mobile app (or the page at {@code /}) sends credentials with
 * every call; an unauthenticated API call gets a JSON 401, never a redirect to a login page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint jsonUnauthorized = (request, response, ex) -> {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			// The page signs in itself: without the challenge header the browser shows no login dialog.
			if (!"fetch".equals(request.getHeader("X-Requested-With"))) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"genaug-sample\"");
			}
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"error\":{\"reason\":\"unauthenticated\",\"message\":\"Sign in with HTTP Basic.\","
						+ "\"request_id\":null}}");
		};
		http.authorizeHttpRequests((requests) -> requests
			// Streamed replies finish on async and error dispatches (build notes, trap 8).
			.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/", "/index.html", "/app.js", "/app.css", "/favicon.ico", "/actuator/health",
					"/actuator/health/**", "/actuator/info")
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(jsonUnauthorized))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(jsonUnauthorized))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless Basic auth carries no cookie a third-party site could ride on: CSRF does not apply.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	UserDetailsService demoUsers(DemoUsersProperties properties) {
		PasswordEncoder encoder = passwordEncoder();
		List<UserDetails> users = properties.users()
			.entrySet()
			.stream()
			.map((entry) -> User.withUsername(entry.getKey())
				.password(encoder.encode(entry.getValue()))
				.roles("USER")
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
