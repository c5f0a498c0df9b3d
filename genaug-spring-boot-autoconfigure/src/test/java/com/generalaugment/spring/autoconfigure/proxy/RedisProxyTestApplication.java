package com.generalaugment.spring.autoconfigure.proxy;

import com.generalaugment.client.GeneralAugmentClient;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One instance of a mobile backend whose proxy keeps its state in Redis. Tests start several of them —
 * in this JVM, and in a JVM of their own where one must die — against one genaug-mock, whose streams
 * they slow down ({@code test.event-delay-ms}) so that streams stay open while they look.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RedisProxyTestApplication {

	static final String PASSWORD = "pw";

	/**
	 * Run an instance in a JVM of its own.
	 * @param args the instance's properties as {@code --name=value}
	 */
	public static void main(String[] args) {
		SpringApplication.run(RedisProxyTestApplication.class, args);
	}

	@Bean
	GeneralAugmentClient generalAugmentClient(@Value("${test.upstream-url}") String upstreamUrl,
			@Value("${test.event-delay-ms:0}") int eventDelayMs) {
		return GeneralAugmentClient.builder()
			.apiKey("sk-genaug-redis-test-SECRET")
			.baseUrl(upstreamUrl)
			.maxRetries(0)
			.defaultHeader("X-Genaug-Mock-Stream-Deltas", "10")
			.defaultHeader("X-Genaug-Mock-Event-Delay-Ms", String.valueOf(eventDelayMs))
			.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
			.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/** Every user name exists, with the same password. */
	@Bean
	UserDetailsService userDetailsService() {
		return (username) -> User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
	}

}
