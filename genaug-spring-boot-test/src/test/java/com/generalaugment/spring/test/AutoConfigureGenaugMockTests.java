package com.generalaugment.spring.test;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ApiErrorException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// The keys and URL a CI machine might export (GENAUG_API_KEY / GENAUG_API_BASE_URL set exactly these
// properties): with the annotation they must not be used, or the calls below would fail on port 9.
@SpringBootTest(properties = { "genaug.api-key=sk-real-platform-key", "genaug.admin.api-key=ak-real-admin-key",
		"genaug.base-url=http://127.0.0.1:9" })
@AutoConfigureGenaugMock
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureGenaugMockTests {

	@Autowired
	GeneralAugmentClient client;

	@Autowired
	AdminClient admin;

	@Autowired
	GenaugMockServer mock;

	@Autowired
	GenaugConnectionDetails connectionDetails;

	@Test
	@Order(1)
	void theClientsCallTheMockEvenWhenKeysForTheRealPlatformAreConfigured() {
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.mock.baseUrl());
		String text = this.client.responses()
			.create(ResponseCreateParams.builder().user("user-1").input("hello").build())
			.outputText();
		assertThat(text).isNotBlank();
		assertThat(this.admin.projects().list()).isNotEmpty();
		assertThat(this.mock.turns()).hasSize(1);
		assertThat(this.mock.turns().get(0).user()).isEqualTo("user-1");
	}

	@Test
	@Order(2)
	void eachTestMethodStartsWithAMockResetByTheListener() {
		assertThat(this.mock.turns()).isEmpty();
		this.mock.wireMock()
			.stubFor(post(urlPathEqualTo("/v1/responses")).atPriority(1)
				.willReturn(aResponse().withStatus(400)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"error\":{\"message\":\"stubbed fault\",\"type\":\"invalid_request_error\"}}")));
		assertThatExceptionOfType(ApiErrorException.class)
			.isThrownBy(() -> this.client.responses()
				.create(ResponseCreateParams.builder().user("user-2").input("hello").build()))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("stubbed fault"));
	}

	@Test
	@Order(3)
	void aFaultStubbedInAnEarlierMethodIsGone() {
		assertThat(this.client.responses()
			.create(ResponseCreateParams.builder().user("user-3").input("hello").build())
			.outputText()).isNotBlank();
	}

}
