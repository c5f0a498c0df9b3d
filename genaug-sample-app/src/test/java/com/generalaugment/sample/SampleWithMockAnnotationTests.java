package com.generalaugment.sample;

import java.net.http.HttpResponse;

import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.test.AutoConfigureGenaugMock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way an application tests its own code against the platform: {@code @AutoConfigureGenaugMock}
 * gives the test a fresh mock to stub faults on and to check what was sent — here the sample's proxy,
 * which must answer a platform rate limit with its own typed 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "genaug.mock.enabled=false")
@AutoConfigureGenaugMock
class SampleWithMockAnnotationTests {

	@LocalServerPort
	int port;

	@Autowired
	GenaugMockServer mock;

	@Test
	void aPlatformRateLimitStubbedOnTheMockReachesThePhoneAsATyped429() throws Exception {
		this.mock.wireMock()
			.stubFor(post(urlPathEqualTo("/v1/responses")).atPriority(1)
				.willReturn(aResponse().withStatus(429)
					.withHeader("Content-Type", "application/json")
					.withHeader("Retry-After", "1")
					.withBody("{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\"}}")));
		SampleHttp http = new SampleHttp(this.port);
		HttpResponse<String> reply = http.postJson("/ai/responses", http.signIn("alice", "alice-password"),
				"{\"input\": \"hello\"}");
		assertThat(reply.statusCode()).isEqualTo(429);
		assertThat(reply.headers().firstValue("Retry-After")).isPresent();
		assertThat(reply.body()).doesNotContain("mock-project-key");
	}

	@Test
	void whatThePhoneSentIsWhatTheMockRecorded() throws Exception {
		SampleHttp http = new SampleHttp(this.port);
		HttpResponse<String> reply = http.postJson("/ai/responses", http.signIn("bob", "bob-password"),
				"{\"input\": \"Reply exactly with: recorded\"}");
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(this.mock.turns()).singleElement().satisfies((turn) -> {
			assertThat(turn.user()).isEqualTo("bob");
			assertThat(turn.outputText()).isEqualTo("recorded");
		});
	}

}
