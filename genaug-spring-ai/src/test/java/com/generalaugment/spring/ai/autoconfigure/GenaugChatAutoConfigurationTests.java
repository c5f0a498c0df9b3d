package com.generalaugment.spring.ai.autoconfigure;

import com.generalaugment.spring.ai.GeneralAugmentChatModel;
import com.generalaugment.spring.ai.GeneralAugmentChatOptions;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the model is registered, and how it steps aside for another provider.
 */
class GenaugChatAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GenaugAutoConfiguration.class, GenaugChatAutoConfiguration.class,
				ChatClientAutoConfiguration.class));

	@Test
	void aProjectKeyGivesTheChatModelAndAChatClientBuilder() {
		this.runner.withPropertyValues("genaug.api-key=sk-test", "spring.ai.genaug.chat.options.model=complex",
				"spring.ai.genaug.chat.options.metadata.feature=assistant")
			.run((context) -> {
				assertThat(context).hasSingleBean(GeneralAugmentChatModel.class).hasSingleBean(ChatClient.Builder.class);
				GeneralAugmentChatOptions defaults = (GeneralAugmentChatOptions) context.getBean(ChatModel.class)
					.getDefaultOptions();
				assertThat(defaults.getModel()).isEqualTo("complex");
				assertThat(defaults.getMetadata()).containsEntry("feature", "assistant");
			});
	}

	@Test
	void theDefaultsHaveDocumentedConfigurationMetadata() throws Exception {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			JsonNode metadata = JsonMapper.shared().readTree(in);
			List<String> documented = new ArrayList<>();
			metadata.get("properties").forEach((property) -> {
				if (property.path("description").asString().length() > 10) {
					documented.add(property.get("name").asString());
				}
			});
			assertThat(documented).contains("spring.ai.genaug.chat.options.model", "spring.ai.genaug.chat.options.user",
					"spring.ai.genaug.chat.options.max-tokens", "spring.ai.genaug.chat.options.temperature",
					"spring.ai.genaug.chat.options.top-p", "spring.ai.genaug.chat.options.reasoning-effort",
					"spring.ai.genaug.chat.options.metadata");
		}
	}

	@Test
	void withoutAProjectClientThereIsNoModel() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(GeneralAugmentChatModel.class));
	}

	@Test
	void anotherProviderChosenWithSpringAiModelChatTakesItsPlace() {
		this.runner.withPropertyValues("genaug.api-key=sk-test", "spring.ai.model.chat=openai")
			.run((context) -> assertThat(context).doesNotHaveBean(GeneralAugmentChatModel.class));
	}

}
