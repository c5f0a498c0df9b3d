package com.generalaugment.spring.autoconfigure;

import com.generalaugment.client.GeneralAugmentClient;

/**
 * Adjusts the builder of the auto-configured {@link GeneralAugmentClient} after the {@code genaug.*}
 * properties were applied (add a listener, a default header, an HTTP client with a proxy, …). Beans of
 * this type run in {@link org.springframework.core.annotation.Order @Order} /
 * {@link org.springframework.core.Ordered Ordered} order.
 */
@FunctionalInterface
public interface GeneralAugmentClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder, already configured from the properties
	 */
	void customize(GeneralAugmentClient.Builder builder);

}
