package com.generalaugment.spring.autoconfigure.proxy;

import java.time.Duration;

import com.generalaugment.client.GeneralAugmentClient;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A mobile backend as an app would write it: HTTP Basic (cheap {@code {noop}} passwords, build notes
 * trap 11), stateless, CSRF off for the proxy path, async and error dispatches permitted (trap 8), and
 * the proxy path open so that the proxy's own 401 is what anonymous callers get. The client points at
 * {@code test.upstream-url}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// The key as an app configures it, so that the proxy knows what never to send back.
@PropertySource("classpath:proxy-test.properties")
class ProxyTestApplication {

	static final String API_KEY = "sk-genaug-test-0123456789SECRET";

	static final String PASSWORD = "pw";

	@Bean
	GeneralAugmentClient generalAugmentClient(@Value("${test.upstream-url}") String upstreamUrl,
			@Value("${test.upstream-timeout:10s}") Duration timeout, @Value("${test.upstream-retries:0}") int retries) {
		return GeneralAugmentClient.builder()
			.apiKey(API_KEY)
			.baseUrl(upstreamUrl)
			.timeout(timeout)
			.maxRetries(retries)
			.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
			.requestMatchers("/ai/responses").permitAll()
			.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/ai/responses"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/** Every user name exists, with the same password: each test signs in as its own fresh user. */
	@Bean
	UserDetailsService userDetailsService() {
		return (username) -> User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
	}

}
