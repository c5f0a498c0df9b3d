package com.generalaugment.spring.autoconfigure.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An application using the starter with Actuator. The endpoints are open so that the test can read them
 * (Spring Security is on this module's test classpath).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SupportTestApplication {

	@Bean
	SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
	}

}
