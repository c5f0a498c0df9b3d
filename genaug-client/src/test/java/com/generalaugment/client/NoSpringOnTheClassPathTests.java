package com.generalaugment.client;

import java.io.File;
import java.util.Arrays;

import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.mock.junit.GenaugMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client needs no Spring: its runtime is Jackson and JSpecify (and the schema generator). This suite
 * runs with no Spring jar on the class path — this test fails the day one creeps in — and makes a call
 * there, so every test of the module shows the client working without Spring.
 */
class NoSpringOnTheClassPathTests {

	@RegisterExtension
	static GenaugMockExtension mock = GenaugMockExtension.create();

	@Test
	void noSpringClassOrJarIsThereAndACallWorks() {
		assertThatThrownBy(() -> Class.forName("org.springframework.core.SpringVersion"))
			.isInstanceOf(ClassNotFoundException.class);
		assertThatThrownBy(() -> Class.forName("org.springframework.web.client.RestClient"))
			.isInstanceOf(ClassNotFoundException.class);
		assertThat(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.map((entry) -> new File(entry).getName()))
			.noneMatch((jar) -> jar.startsWith("spring-"));

		GeneralAugmentClient client = GeneralAugmentClient.builder().apiKey("local-test").baseUrl(mock.baseUrl()).build();
		assertThat(client.responses()
			.create(ResponseCreateParams.builder().user("u1").input("Reply exactly with: no-spring").build())
			.outputText()).isEqualTo("no-spring");
	}

}
