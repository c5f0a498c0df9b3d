package com.generalaugment.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.mock.MockHttp;

/** {@code @ExtendWith} registration with the server injected into lifecycle and test parameters. */
@ExtendWith(GenaugMockExtension.class)
class GenaugMockExtensionDeclarativeTests {

	private static GenaugMockServer fromBeforeAll;

	@BeforeAll
	static void remember(GenaugMockServer server) {
		fromBeforeAll = server;
	}

	@Test
	void injectsTheClassServer(GenaugMockServer server) {
		assertThat(server).isSameAs(fromBeforeAll);
		assertThat(server.isRunning()).isTrue();
		assertThat(new MockHttp(server.baseUrl()).raw("GET", "/health/ready", null).status()).isEqualTo(200);
	}

	@Test
	void resetsBetweenTests(GenaugMockServer server) {
		new MockHttp(server.baseUrl()).post("/v1/responses", "{}");

		assertThat(server.turns()).hasSize(1);
	}

	@Test
	void resetsBetweenTestsToo(GenaugMockServer server) {
		new MockHttp(server.baseUrl()).post("/v1/responses", "{}");

		assertThat(server.turns()).hasSize(1);
	}

}
