package com.generalaugment.spring.ai.autoconfigure;

import com.generalaugment.spring.ai.GeneralAugmentChatModel;
import com.generalaugment.spring.ai.GeneralAugmentChatOptions;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import org.junit.jupiter.api.Test;

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
	void withoutAProjectClientThereIsNoModel() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(GeneralAugmentChatModel.class));
	}

	@Test
	void anotherProviderChosenWithSpringAiModelChatTakesItsPlace() {
		this.runner.withPropertyValues("genaug.api-key=sk-test", "spring.ai.model.chat=openai")
			.run((context) -> assertThat(context).doesNotHaveBean(GeneralAugmentChatModel.class));
	}

}
