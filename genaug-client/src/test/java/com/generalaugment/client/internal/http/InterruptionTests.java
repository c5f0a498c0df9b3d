package com.generalaugment.client.internal.http;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.RequestFailedException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.support.Fixtures;
import com.generalaugment.client.support.ScriptedHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interrupting a thread blocked in a call (a cancelled {@code Future}, an application shutting down)
 * ends the call at once with a typed error, keeps the thread's interrupt status, and does not retry.
 */
class InterruptionTests {

	@Test
	@Timeout(10)
	void interruptWhileAwaitingTheHeadersEndsTheCallKeepingTheInterrupt() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((exchange) -> exchange.pause(5000))) {
			assertInterruptEndsTheCall(server);
		}
	}

	@Test
	@Timeout(10)
	void interruptWhileReadingTheBodyEndsTheCallKeepingTheInterrupt() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				ScriptedHttpServer.Script.stallingBody(Fixtures.RESPONSE_JSON))) {
			assertInterruptEndsTheCall(server);
		}
	}

	private static void assertInterruptEndsTheCall(ScriptedHttpServer server) throws InterruptedException {
		// Retries allowed and free, so only the interrupt can stop a second attempt.
		GeneralAugmentClient client = GeneralAugmentClient.builder()
			.apiKey(Fixtures.API_KEY)
			.baseUrl(server.baseUrl())
			.timeout(Duration.ofSeconds(5))
			.maxRetries(2)
			.sleeper((delay) -> {
			})
			.build();
		AtomicReference<GeneralAugmentException> failure = new AtomicReference<>();
		AtomicBoolean stillInterrupted = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				client.responses().create(ResponseCreateParams.builder().input("hi").build());
			}
			catch (GeneralAugmentException ex) {
				failure.set(ex);
				stillInterrupted.set(Thread.currentThread().isInterrupted());
			}
		});
		caller.start();
		// Interrupt once the request is in and the server has begun (or, for the body, stalled) its reply.
		while (server.requestHeads().isEmpty()) {
			Thread.sleep(10);
		}
		Thread.sleep(200);

		long interruptedAt = System.nanoTime();
		caller.interrupt();
		caller.join(3000);

		assertThat(caller.isAlive()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).isLessThan(Duration.ofSeconds(1));
		assertThat(failure.get()).isInstanceOfSatisfying(RequestFailedException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(Reasons.REQUEST_FAILED);
			assertThat(ex.getCause()).isInstanceOf(InterruptedIOException.class);
			assertThat(ex.getMessage()).contains("Interrupted").doesNotContain(Fixtures.API_KEY);
		});
		assertThat(stillInterrupted).isTrue();
		assertThat(server.requestHeads()).hasSize(1);
	}

}
