package com.generalaugment.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.generalaugment.mock.GenaugMockOptions;
import com.generalaugment.mock.MockHttp;

/** An instance-field registration gets a server per test, started before and stopped after it. */
class GenaugMockExtensionInstanceFieldTests {

	@RegisterExtension
	GenaugMockExtension mock = GenaugMockExtension.create(GenaugMockOptions.builder().apiKeys("only-key").build());

	@Test
	void serverRunsForTheTestWithTheGivenOptions() {
		MockHttp http = new MockHttp(mock.baseUrl());

		assertThat(mock.server().isRunning()).isTrue();
		assertThat(http.raw("POST", "/v1/responses", "{}", "Authorization", "Bearer only-key").status()).isEqualTo(200);
		assertThat(http.raw("POST", "/v1/responses", "{}", "Authorization", "Bearer other").status()).isEqualTo(401);
	}

}
