package com.generalaugment.spring.autoconfigure;

import com.generalaugment.client.AdminClient;

/**
 * Adjusts the builder of the auto-configured {@link AdminClient} after the {@code genaug.*} properties
 * were applied. Beans of this type run in {@link org.springframework.core.annotation.Order @Order} /
 * {@link org.springframework.core.Ordered Ordered} order.
 */
@FunctionalInterface
public interface AdminClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder, already configured from the properties
	 */
	void customize(AdminClient.Builder builder);

}
