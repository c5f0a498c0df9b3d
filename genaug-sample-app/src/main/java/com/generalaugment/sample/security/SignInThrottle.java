package com.generalaugment.sample.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Counts failed sign-ins per user name: after {@code maxFailures} within the window, further attempts
 * for that name are refused before the password is checked, until the window (counted from the
 * name's first attempt) ends. Guessing a password is then slow, and a flood of attempts costs no BCrypt.
 */
final class SignInThrottle {

	// Names are attacker-chosen: the cache is bounded by their total length (each entry also counts
	// for its own bookkeeping), so made-up names evict old entries instead of growing memory past a
	// few megabytes. Caffeine keeps the entries that are hit often, such as the one name under attack.
	private static final long MAX_WEIGHT = 4_000_000;

	private static final int ENTRY_OVERHEAD = 64;

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final Cache<String, Failures> failures;

	private final int maxFailures;

	private final Duration window;

	private final Ticker ticker;

	SignInThrottle(TokenProperties.Throttle throttle, Ticker ticker) {
		this.maxFailures = throttle.maxFailures();
		this.window = throttle.window();
		this.ticker = ticker;
		// Expiry counts from the first attempt: later ones change the count, never the deadline.
		this.failures = Caffeine.newBuilder()
			.expireAfterWrite(this.window)
			.maximumWeight(MAX_WEIGHT)
			.weigher((String name, Failures value) -> ENTRY_OVERHEAD + name.length())
			.ticker(ticker)
			.build();
	}

	/**
	 * Puts the throttle in front of a password check: a locked name fails with
	 * {@link SignInThrottledException}; a wrong password counts; a success clears the count.
	 */
	AuthenticationManager guard(AuthenticationManager passwords) {
		return (authentication) -> {
			String name = key(authentication.getName());
			// Counted before the check, so that many guesses sent at once cannot all pass a count that
			// only grows once each of them has failed.
			Failures attempts = this.failures.get(name, (ignored) -> new Failures(this.ticker.read() + this.window.toNanos()));
			if (attempts.count.incrementAndGet() > this.maxFailures) {
				attempts.count.decrementAndGet();
				throw new SignInThrottledException(attempts.retryAfter());
			}
			try {
				Authentication result = passwords.authenticate(authentication);
				this.failures.invalidate(name);
				return result;
			}
			catch (RuntimeException ex) {
				// Only a wrong password (or an unknown name) is held against the name, not a failing store.
				if (!(ex instanceof BadCredentialsException)) {
					attempts.count.decrementAndGet();
				}
				throw ex;
			}
		};
	}

	// The user store ignores case, so "Alice" and "ALICE" must share alice's count.
	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private final class Failures {

		private final AtomicInteger count = new AtomicInteger();

		private final long endsAtNanos;

		Failures(long endsAtNanos) {
			this.endsAtNanos = endsAtNanos;
		}

		// Whole seconds, rounded up: a client that waits this long finds the name free again.
		Duration retryAfter() {
			long left = this.endsAtNanos - SignInThrottle.this.ticker.read();
			return Duration.ofSeconds(Math.max(1, (left + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
		}

	}

	/** A sign-in refused because its user name failed too often: answered with 429 and {@code Retry-After}. */
	static final class SignInThrottledException extends AuthenticationException {

		private final Duration retryAfter;

		SignInThrottledException(Duration retryAfter) {
			super("Too many failed sign-ins for this user");
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

	}

}
