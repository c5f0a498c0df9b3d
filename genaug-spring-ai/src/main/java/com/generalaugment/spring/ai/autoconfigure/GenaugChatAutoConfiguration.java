package com.generalaugment.spring.ai.autoconfigure;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.spring.ai.GeneralAugmentChatModel;
import com.generalaugment.spring.ai.GeneralAugmentChatOptions;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link GeneralAugmentChatModel} when Spring AI is on the class path and the starter has a
 * project client (a key, or the embedded mock). It follows Spring AI's selection convention: it is the
 * chat model unless {@code spring.ai.model.chat} names another provider, so it coexists with other
 * providers' starters. Spring AI's own auto-configuration then builds the {@code ChatClient.Builder}.
 */
@AutoConfiguration(after = GenaugAutoConfiguration.class,
		beforeName = "org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration")
@ConditionalOnClass({ ChatModel.class, GeneralAugmentClient.class })
@ConditionalOnBean(GeneralAugmentClient.class)
@ConditionalOnProperty(name = "spring.ai.model.chat", havingValue = "genaug", matchIfMissing = true)
@EnableConfigurationProperties(GenaugChatProperties.class)
public final class GenaugChatAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	GeneralAugmentChatModel generalAugmentChatModel(GeneralAugmentClient client, GenaugChatProperties properties) {
		GenaugChatProperties.Options options = properties.getOptions();
		GeneralAugmentChatOptions.Builder defaults = GeneralAugmentChatOptions.builder()
			.user(options.getUser())
			.metadata(options.getMetadata())
			.reasoningEffort(options.getReasoningEffort());
		defaults.model(options.getModel()).maxTokens(options.getMaxTokens()).temperature(options.getTemperature())
			.topP(options.getTopP());
		return new GeneralAugmentChatModel(client, defaults.build());
	}

}
