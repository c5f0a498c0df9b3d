package com.generalaugment.client.internal.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.jspecify.annotations.Nullable;

/**
 * When to retry and how long to wait (contract §5): 429, 500, 502, 503, 504 and transport failures,
 * up to {@code maxRetries} extra attempts; the platform's {@code Retry-After} capped at 8 s, otherwise
 * jittered exponential backoff with base {@code min(0.5 s × 2^retry, 8 s)} and a delay drawn from
 * {@code [base/2, base]}.
 */
public final class RetryPolicy {

	/** The longest wait between attempts, whatever the platform asks for. */
	public static final Duration MAX_DELAY = Duration.ofSeconds(8);

	private static final long INITIAL_DELAY_MILLIS = 500;

	private final int maxRetries;

	private final DoubleSupplier random;

	/**
	 * Create a policy.
	 * @param maxRetries extra attempts after the first, {@code 0} disables retries
	 * @param random source of jitter in {@code [0, 1)}
	 */
	public RetryPolicy(int maxRetries, DoubleSupplier random) {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
		}
		this.maxRetries = maxRetries;
		this.random = random;
	}

	/**
	 * A policy with jitter from {@link ThreadLocalRandom}.
	 * @param maxRetries extra attempts after the first
	 * @return the policy
	 */
	public static RetryPolicy withMaxRetries(int maxRetries) {
		return new RetryPolicy(maxRetries, () -> ThreadLocalRandom.current().nextDouble());
	}

	/** @return the number of extra attempts allowed */
	public int maxRetries() {
		return this.maxRetries;
	}

	/**
	 * Whether an HTTP status is worth another attempt.
	 * @param status the HTTP status
	 * @return {@code true} for 429, 500, 502, 503 and 504
	 */
	public static boolean isRetryableStatus(int status) {
		return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
	}

	/**
	 * Whether another attempt is allowed after {@code attemptsMade} attempts.
	 * @param attemptsMade attempts made so far (1 after the first)
	 * @return {@code true} while retries remain
	 */
	public boolean hasAttemptsLeft(int attemptsMade) {
		return attemptsMade <= this.maxRetries;
	}

	/**
	 * The wait before retry number {@code retry} (0 for the first retry).
	 * @param retry the retry index
	 * @param retryAfter what the platform asked for, if anything
	 * @return the delay
	 */
	public Duration delay(int retry, @Nullable Duration retryAfter) {
		if (retryAfter != null) {
			return (retryAfter.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : retryAfter;
		}
		long base = Math.min(INITIAL_DELAY_MILLIS << Math.min(retry, 16), MAX_DELAY.toMillis());
		long jittered = (long) (base / 2.0 + this.random.getAsDouble() * (base / 2.0));
		return Duration.ofMillis(jittered);
	}

}
