package com.generalaugment.sample;

import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;
import com.generalaugment.spring.autoconfigure.GeneralAugmentClientCustomizer;
import com.generalaugment.spring.autoconfigure.mock.GenaugMockConnectionDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo polish for the embedded mock only: the platform's mock sends a reply as one delta event, so
 * the sample asks ours (through its documented scenario headers) to split replies into several
 * deltas with a short pause, letting you watch a stream arrive in the page. Against a real platform
 * (a configured key) no mock runs and nothing is added.
 */
@Configuration(proxyBeanMethods = false)
class MockDemoConfig {

	@Bean
	GeneralAugmentClientCustomizer mockStreamingDemo(ObjectProvider<GenaugConnectionDetails> connection) {
		return (builder) -> {
			if (connection.getIfAvailable() instanceof GenaugMockConnectionDetails) {
				builder.defaultHeader("X-Genaug-Mock-Stream-Deltas", "8").defaultHeader("X-Genaug-Mock-Event-Delay-Ms", "60");
			}
		};
	}

}
