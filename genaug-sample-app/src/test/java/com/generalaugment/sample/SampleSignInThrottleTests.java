package com.generalaugment.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing at {@code POST /auth/token} over real HTTP, with the default limit of five failures
 * a minute. Each test locks a user of its own, since a lock outlives a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sample.users.carol.password=carol-password", "sample.users.dave.password=dave-password" })
class SampleSignInThrottleTests {

	@LocalServerPort
	int port;

	private SampleHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void afterFiveFailuresTheNameIsRefusedWith429WithoutCheckingThePassword() throws Exception {
		failFiveTimes("carol");

		for (String authorization : new String[] { SampleHttp.basic("carol", "wrong"),
				SampleHttp.basic("carol", "carol-password"), SampleHttp.basic("CAROL", "carol-password") }) {
			HttpResponse<String> response = this.http.requestToken(authorization);

			assertThat(response.statusCode()).isEqualTo(429);
			assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
					(seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 61));
			assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("rate_limited");
		}
	}

	@Test
	void anotherNameStillSignsInWhileOneIsRefused() throws Exception {
		failFiveTimes("dave");
		assertThat(this.http.requestToken(SampleHttp.basic("dave", "dave-password")).statusCode()).isEqualTo(429);

		HttpResponse<String> alice = this.http.requestToken(SampleHttp.basic("alice", "alice-password"));

		assertThat(alice.statusCode()).isEqualTo(200);
		assertThat(SampleHttp.json(alice).get("access_token").stringValue()).isNotEmpty();
	}

	private void failFiveTimes(String user) throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(this.http.requestToken(SampleHttp.basic(user, "wrong-" + i)).statusCode()).isEqualTo(401);
		}
	}

}
