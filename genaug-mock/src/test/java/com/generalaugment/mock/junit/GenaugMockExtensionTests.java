package com.generalaugment.mock.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.MockHttp;

/** The extension starts one server per class and resets it between tests. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenaugMockExtensionTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	private static int firstPort;

	@Test
	@Order(1)
	void firstTestChangesStateAndStubs() {
		MockHttp http = new MockHttp(mock.baseUrl());
		firstPort = mock.port();
		http.post("/api/v1/agent/memory/store", "{\"user_id\":\"u\",\"fact\":\"A\"}");
		http.post("/v1/responses", "{\"input\":\"x\"}");
		mock.wireMock().stubFor(post("/v1/responses").willReturn(aResponse().withStatus(418)));

		assertThat(http.post("/v1/responses", "{}").status()).isEqualTo(418);
		assertThat(mock.server().turns()).hasSize(1);
	}

	@Test
	@Order(2)
	void secondTestSeesAFreshMockOnTheSameServer() {
		MockHttp http = new MockHttp(mock.baseUrl());

		assertThat(mock.port()).isEqualTo(firstPort);
		assertThat(mock.baseUrl()).isEqualTo("http://127.0.0.1:" + firstPort);
		assertThat(mock.server().turns()).isEmpty();
		assertThat(http.get("/api/v1/agent/memory/profile/u").json().get("total_facts").intValue()).isZero();
		assertThat(http.post("/v1/responses", "{}").status()).isEqualTo(200);
		assertThat(mock.wireMock().getAllServeEvents()).hasSize(2);
	}

	@Test
	@Order(3)
	void userStubsWinAndTheJournalVerifies() {
		MockHttp http = new MockHttp(mock.baseUrl());
		mock.wireMock().stubFor(post("/v1/responses").withHeader("X-Request-ID", equalTo("stubbed"))
			.willReturn(aResponse().withStatus(503).withBody("{\"detail\":\"down\"}")));

		assertThat(http.post("/v1/responses", "{}", "X-Request-ID", "stubbed").status()).isEqualTo(503);
		assertThat(http.post("/v1/responses", "{}", "X-Request-ID", "other").status()).isEqualTo(200);
		mock.wireMock().verify(2, postRequestedFor(urlEqualTo("/v1/responses"))
			.withHeader("Authorization", equalTo("Bearer " + MockHttp.PROJECT_KEY)));
	}

	@Test
	@Order(4)
	void wireMockResetKeepsTheContract() {
		mock.wireMock().resetAll();

		assertThat(new MockHttp(mock.baseUrl()).raw("GET", "/health/live", null).status()).isEqualTo(200);
	}

}
