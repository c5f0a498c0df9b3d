package com.generalaugment.spring.autoconfigure.mock;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded mock serves the clients: {@code genaug.mock.enabled=true}, {@code genaug-mock}
 * on the classpath, and no key configured. A configured key ({@code genaug.api-key} or
 * {@code genaug.admin.api-key}) always means the real, or explicitly configured, platform.
 */
public final class GenaugMockModeCondition extends SpringBootCondition {

	/** The class whose presence means {@code genaug-mock} is on the classpath. */
	public static final String MOCK_SERVER_CLASS = "com.generalaugment.mock.GenaugMockServer";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return outcome(context.getEnvironment(), context.getClassLoader());
	}

	/**
	 * Whether the embedded mock serves the clients.
	 * @param environment the environment
	 * @param classLoader the class loader to look for {@code genaug-mock} in
	 * @return {@code true} in mock mode
	 */
	public static boolean isActive(Environment environment, @Nullable ClassLoader classLoader) {
		return outcome(environment, classLoader).isMatch();
	}

	private static ConditionOutcome outcome(Environment environment, @Nullable ClassLoader classLoader) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("General Augment mock mode");
		Binder binder = Binder.get(environment);
		if (!binder.bind("genaug.mock.enabled", Boolean.class).orElse(false)) {
			return ConditionOutcome.noMatch(message.because("genaug.mock.enabled is not true"));
		}
		if (!ClassUtils.isPresent(MOCK_SERVER_CLASS, classLoader)) {
			return ConditionOutcome.noMatch(message.because("genaug-mock is not on the classpath"));
		}
		for (String key : new String[] { "genaug.api-key", "genaug.admin.api-key" }) {
			if (StringUtils.hasText(binder.bind(key, String.class).orElse(null))) {
				return ConditionOutcome.noMatch(message.because(key + " is set, so the real platform is used"));
			}
		}
		return ConditionOutcome.match(message.because("genaug.mock.enabled is true and no key is set"));
	}

}
