package com.generalaugment.spring.autoconfigure.aot;

import com.generalaugment.client.GeneralAugment;
import com.generalaugment.mock.GenaugMockServer;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class GenaugRuntimeHintsTests {

	@Test
	void theRegistrarIsFoundThroughAotFactoriesAndKeepsTheBuildDescriptionsTheSdkAndMockRead() {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, getClass().getClassLoader()));
		for (String resource : new String[] { "com/generalaugment/client/genaug-version.properties",
				"com/generalaugment/mock/genaug-mock.properties" }) {
			assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
			assertThat(RuntimeHintsPredicates.resource().forResource(resource)).accepts(hints);
		}
		// The files really are what the two read: a version comes out of each.
		assertThat(GeneralAugment.VERSION).isNotBlank().doesNotContain("unknown");
		assertThat(GenaugMockServer.version()).isNotBlank();
	}

}
