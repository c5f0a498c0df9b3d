package com.generalaugment.spring.autoconfigure.mock;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.responses.Response;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.health.GenaugHealthAutoConfiguration;
import com.generalaugment.spring.health.GenaugApiProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class GenaugMockAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GenaugMockAutoConfiguration.class, GenaugAutoConfiguration.class,
				GenaugHealthAutoConfiguration.class));

	@Test
	void whenMockIsEnabledThenTheClientsCallTheEmbeddedMockUntilShutdown() {
		GenaugMockServer[] started = new GenaugMockServer[1];
		this.runner.withPropertyValues("genaug.mock.enabled=true").run((context) -> {
			GenaugMockServer mock = context.getBean(GenaugMockServer.class);
			started[0] = mock;
			GeneralAugmentClient client = context.getBean(GeneralAugmentClient.class);
			assertThat(client.baseUrl()).isEqualTo(mock.baseUrl()).startsWith("http://127.0.0.1:");
			Response response = client
				.responses().create(ResponseCreateParams.builder().model("balanced").input("Reply exactly with: pong").build());
			assertThat(response.outputText()).isEqualTo("pong");
			assertThat(context.getBean(GenaugApiProbe.class).current().up()).isTrue();
			AdminClient admin = context.getBean(AdminClient.class);
			assertThat(admin.baseUrl()).isEqualTo(mock.baseUrl());
			assertThat(admin.defaultProjectId()).isEqualTo(GenaugMockAutoConfiguration.MOCK_PROJECT_ID);
			assertThat(admin.project().get().id()).isEqualTo("proj_mock");
		});
		assertThat(started[0].isRunning()).isFalse();
	}

	@Test
	void whenAnAdminKeyIsSetThenTheMockIsIgnored(CapturedOutput output) {
		this.runner.withPropertyValues("genaug.mock.enabled=true", "genaug.admin.api-key=ak-real-SECRET")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(GenaugMockServer.class).doesNotHaveBean(GeneralAugmentClient.class);
				assertThat(context.getBean(AdminClient.class).baseUrl()).isEqualTo("https://api.generalaugment.com");
				assertThat(output).contains("ignored because genaug.admin.api-key is set").doesNotContain("ak-real-SECRET");
			});
	}

	@Test
	void whenMockIsDisabledThenNoMock() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(GenaugMockServer.class)
			.doesNotHaveBean(GeneralAugmentClient.class));
	}

	@Test
	void whenAProjectKeyIsSetThenTheMockIsIgnoredWithAWarning(CapturedOutput output) {
		this.runner.withPropertyValues("genaug.mock.enabled=true", "genaug.api-key=sk-real-SECRET").run((context) -> {
			assertThat(context).doesNotHaveBean(GenaugMockServer.class);
			assertThat(context.getBean(GeneralAugmentClient.class).baseUrl()).isEqualTo("https://api.generalaugment.com");
			assertThat(output).contains("genaug.mock.enabled=true is ignored because genaug.api-key is set")
				.doesNotContain("sk-real-SECRET");
		});
	}

	@Test
	void whenTheMockLibraryIsAbsentThenNoClientAndAWarning(CapturedOutput output) {
		this.runner.withPropertyValues("genaug.mock.enabled=true")
			.withClassLoader(new FilteredClassLoader(GenaugMockServer.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(GeneralAugmentClient.class);
				assertThat(output).contains("genaug-mock is not on the classpath");
			});
	}

}
