package com.generalaugment.sample.security;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.generalaugment.sample.security.SignInThrottle.SignInThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The throttle on a clock the test moves: three failures a minute, the password "right".
 */
class SignInThrottleTests {

	private final AtomicLong nanos = new AtomicLong();

	private int passwordChecks;

	private final AuthenticationManager guarded = new SignInThrottle(
			new TokenProperties.Throttle(3, Duration.ofMinutes(1)), this.nanos::get)
		.guard(this::check);

	@Test
	void aLockedNameIsRefusedWithoutAPasswordCheckUntilTheWindowEnds() {
		failThreeTimes("alice");
		int checks = this.passwordChecks;

		this.nanos.addAndGet(Duration.ofSeconds(20).toNanos());
		assertThatExceptionOfType(SignInThrottledException.class).isThrownBy(() -> signIn("alice", "right"))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(40)));
		assertThat(this.passwordChecks).isEqualTo(checks);

		this.nanos.addAndGet(Duration.ofSeconds(40).toNanos());
		assertThat(signIn("alice", "right").isAuthenticated()).isTrue();
	}

	@Test
	void aSuccessClearsTheCount() {
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn("alice", "wrong"));
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn("alice", "wrong"));
		signIn("alice", "right");

		failThreeTimes("alice");
	}

	@Test
	void namesDifferingInCaseShareOneCount() {
		failThreeTimes("Alice");

		assertThatExceptionOfType(SignInThrottledException.class).isThrownBy(() -> signIn("alice", "right"));
	}

	@Test
	void aFailingUserStoreIsNotHeldAgainstTheName() {
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(InternalAuthenticationServiceException.class)
				.isThrownBy(() -> signIn("alice", "store-down"));
		}

		assertThat(signIn("alice", "right").isAuthenticated()).isTrue();
	}

	private void failThreeTimes(String name) {
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn(name, "wrong"));
		}
	}

	private Authentication signIn(String name, String password) {
		return this.guarded.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
	}

	private Authentication check(Authentication request) {
		this.passwordChecks++;
		if ("store-down".equals(request.getCredentials())) {
			throw new InternalAuthenticationServiceException("store down");
		}
		if (!"right".equals(request.getCredentials())) {
			throw new BadCredentialsException("bad");
		}
		return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, List.of());
	}

}
