package com.generalaugment.client.internal.http;

import java.time.Duration;

import com.generalaugment.client.Sleeper;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.error.ConnectionFailedException;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.RequestFailedException;
import com.generalaugment.client.error.RequestTimeoutException;

/**
 * Runs a call's attempts, each with a fresh deadline, until one succeeds or a failure may not be tried
 * again: per {@link RetryPolicy} (how many, how long between) and {@link RetrySafety} (a call that may
 * have acted is repeated only after a 429 or when it certainly never left).
 */
final class Retrier {

	private final Duration timeout;

	private final RetryPolicy policy;

	private final Sleeper sleeper;

	Retrier(Duration timeout, RetryPolicy policy, Sleeper sleeper) {
		this.timeout = timeout;
		this.policy = policy;
		this.sleeper = sleeper;
	}

	<T> T run(ApiRequest request, CallTracker tracker, Attempt<T> attempt) {
		Duration timeout = (request.timeout() != null) ? request.timeout() : this.timeout;
		while (true) {
			Deadline deadline = Deadline.after(timeout);
			tracker.attempts++;
			try {
				return attempt.run(deadline);
			}
			catch (GeneralAugmentException ex) {
				// An interrupted caller wants the call over, not tried again.
				if (!this.policy.hasAttemptsLeft(tracker.attempts) || !isRetryable(request, ex)
						|| Thread.currentThread().isInterrupted()) {
					throw ex;
				}
				sleep(this.policy.delay(tracker.attempts - 1, ex.retryAfter()), ex);
			}
		}
	}

	private static boolean isRetryable(ApiRequest request, GeneralAugmentException ex) {
		if (ex instanceof ApiErrorException) {
			return RetryPolicy.isRetryableStatus(ex.status())
					&& (request.safety() == RetrySafety.IDEMPOTENT || ex.status() == 429);
		}
		if (ex instanceof RequestTimeoutException || ex instanceof ConnectionFailedException
				|| ex instanceof RequestFailedException) {
			return request.safety() == RetrySafety.IDEMPOTENT || Failures.certainlyNotSent(ex.getCause());
		}
		return false;
	}

	private void sleep(Duration delay, GeneralAugmentException pending) {
		try {
			this.sleeper.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw pending;
		}
	}

	/** One attempt of a call. */
	@FunctionalInterface
	interface Attempt<T> {

		T run(Deadline deadline);

	}

}
