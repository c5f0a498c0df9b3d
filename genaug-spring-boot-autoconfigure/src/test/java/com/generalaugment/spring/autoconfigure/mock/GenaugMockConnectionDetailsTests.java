package com.generalaugment.spring.autoconfigure.mock;

import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;
import com.generalaugment.spring.autoconfigure.GenaugProperties;
import com.generalaugment.spring.autoconfigure.PropertiesGenaugConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mock's configuration is kept or dropped by a condition decided where the application is built;
 * ahead of time, that is not where it runs. These prove the choice is made again when it starts.
 */
class GenaugMockConnectionDetailsTests {

	@Test
	void aKeyPresentOnlyAtRunTimeMeansThePlatformAndTheMockIsNeverStarted() {
		MockEnvironment environment = new MockEnvironment().withProperty("genaug.mock.enabled", "true")
			.withProperty("genaug.api-key", "sk-from-the-run-environment")
			.withProperty("genaug.base-url", "https://platform.example");
		GenaugProperties properties = new GenaugProperties();
		properties.setApiKey("sk-from-the-run-environment");
		properties.setBaseUrl("https://platform.example");
		ObjectProvider<GenaugMockServer> neverAsked = new ObjectProvider<>() {
			@Override
			public GenaugMockServer getObject() {
				throw new AssertionError("the mock was started although a key is set");
			}
		};
		GenaugConnectionDetails details = new GenaugMockAutoConfiguration().genaugConnectionDetails(properties,
				environment, neverAsked);
		assertThat(details).isInstanceOf(PropertiesGenaugConnectionDetails.class);
		assertThat(details.getBaseUrl()).isEqualTo("https://platform.example");
	}

	@Test
	void withoutAKeyAtRunTimeTheMockIsStartedAndBound() {
		MockEnvironment environment = new MockEnvironment().withProperty("genaug.mock.enabled", "true");
		try (GenaugMockServer mock = GenaugMockServer.start()) {
			GenaugConnectionDetails details = new GenaugMockAutoConfiguration()
				.genaugConnectionDetails(new GenaugProperties(), environment, new ObjectProvider<>() {
					@Override
					public GenaugMockServer getObject() {
						return mock;
					}
				});
			assertThat(details).isInstanceOf(GenaugMockConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo(mock.baseUrl());
			assertThat(details.getProjectId()).isEqualTo(GenaugMockAutoConfiguration.MOCK_PROJECT_ID);
		}
	}

}
