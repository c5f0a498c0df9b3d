package com.generalaugment.benchmarks.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The app of parts 3 to 5: a minimal mobile backend (Spring MVC on Tomcat, Spring Security with HTTP
 * Basic) whose only AI code is the starter's {@code /ai/responses} proxy, switched on by properties the
 * launcher passes. It references no General Augment class, so part 5 can start the very same app with the
 * starter's jars left off the class path.
 *
 * <p>Authentication is deliberately cheap: one in-memory user with a {@code {noop}} password, so the
 * benchmark measures the proxy and not BCrypt, which costs milliseconds of CPU per request (trap 11).
 * Production apps keep a real password encoder or a token filter.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class BenchApplication {

	/** The benchmark user. */
	public static final String USER = "bench";

	/** Its password ({@code {noop}}: compared as is). */
	public static final String PASSWORD = "bench-password";

	/** The line the app prints once ready, followed by {@code key=value} pairs. */
	public static final String READY = "genaug-bench-ready";

	public static void main(String[] args) {
		SpringApplication.run(BenchApplication.class, args);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Trap 8: a streamed reply ends on an ASYNC dispatch, which must not be authenticated again.
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/bench/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	@Bean
	UserDetailsService users() {
		// A plain UserDetailsService on purpose: InMemoryUserDetailsManager is also a
		// UserDetailsPasswordService, and Spring Security then "upgrades" a {noop} password to BCrypt at the
		// first login, after which every request pays BCrypt again. Part 7 spreads its load over many users
		// ("bench-<n>"), as a mobile backend's traffic is, so that per-user state is not one hot key.
		return (username) -> {
			if (!username.equals(USER) && !username.matches("bench-\\d{1,5}")) {
				throw new UsernameNotFoundException(username);
			}
			return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
		};
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
		memory.gc();
		System.out.printf("%s port=%s started-ms=%d jvm-ms=%d heap-after-gc=%d threads=%d%n", READY,
				event.getApplicationContext().getEnvironment().getProperty("local.server.port"),
				event.getTimeTaken().toMillis(), jvmUptime, memory.getHeapMemoryUsage().getUsed(),
				ManagementFactory.getThreadMXBean().getThreadCount());
		System.out.flush();
	}

	/** Heap and thread counts for the load driver, sampled while streams are open. */
	@RestController
	static class StatsController {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

		@GetMapping("/bench/stats")
		Map<String, Long> stats() {
			return Map.of("heapUsed", this.memory.getHeapMemoryUsage().getUsed(), "heapCommitted",
					this.memory.getHeapMemoryUsage().getCommitted(), "threads", (long) this.threads.getThreadCount(),
					"peakThreads", (long) this.threads.getPeakThreadCount());
		}

		@PostMapping("/bench/stats/reset")
		void reset() {
			this.threads.resetPeakThreadCount();
		}

	}

}
