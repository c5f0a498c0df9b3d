package com.generalaugment.spring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.ClientBuilderSupport;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.spring.autoconfigure.mock.GenaugMockModeCondition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of the General Augment clients: a {@link GeneralAugmentClient} when
 * {@code genaug.api-key} is set and an {@link AdminClient} when {@code genaug.admin.api-key} is set — or both
 * when a {@link GenaugConnectionDetails} bean is declared (the embedded mock, {@code @AutoConfigureGenaugMock}
 * and applications declare one). The connection details say where each client connects and with which key;
 * without such a bean the {@code genaug.*} properties do. Each sends through a {@code RestClient} built with the application's
 * {@code RestClientCustomizer} beans (so its observations and interceptors apply) — straight through the
 * JDK client when there are none — and reads with its Jackson {@link JsonMapper}, then is adjusted by the
 * {@link GeneralAugmentClientCustomizer} / {@link AdminClientCustomizer} beans. Declare a client bean of
 * your own to replace one.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration" })
@ConditionalOnClass(GeneralAugmentClient.class)
@EnableConfigurationProperties(GenaugProperties.class)
public final class GenaugAutoConfiguration {

	private static final Log logger = LogFactory.getLog(GenaugAutoConfiguration.class);

	GenaugAutoConfiguration(GenaugProperties properties, ResourceLoader resourceLoader) {
		warnIfMockIgnored(properties, resourceLoader.getClassLoader());
	}

	/**
	 * The JDK sender under both clients (and under the {@code RestClient} they send through when the
	 * application has {@code RestClientCustomizer}s), when Boot's HTTP client module is absent.
	 * @param properties the {@code genaug.*} properties
	 * @param sslBundles the application's SSL bundles
	 * @param environment the environment, for {@code spring.threads.virtual.enabled}
	 * @return the sender
	 */
	@Bean
	@ConditionalOnMissingBean
	JdkHttpSender genaugJdkHttpSender(GenaugProperties properties, ObjectProvider<SslBundles> sslBundles,
			Environment environment) {
		return GenaugJdkHttpSenders.create(properties.getSsl().getBundle(), sslBundles,
				Threading.VIRTUAL.isActive(environment));
	}

	/**
	 * With Boot's HTTP client module: the JDK sender from {@code spring.http.clients.*}. Processed before the
	 * enclosing class's beans, so its sender is the one both clients get.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HttpClientSettings.class)
	static class BootHttpClientSettingsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		JdkHttpSender genaugJdkHttpSender(GenaugProperties properties, ObjectProvider<SslBundles> sslBundles,
				ObjectProvider<HttpClientSettings> httpClientSettings, Environment environment) {
			return GenaugJdkHttpSenders.WithSettings.create(properties.getSsl().getBundle(), sslBundles,
					httpClientSettings.getIfAvailable(), Threading.VIRTUAL.isActive(environment));
		}

	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(ProjectClientCondition.class)
	GeneralAugmentClient generalAugmentClient(GenaugProperties properties,
			ObjectProvider<GenaugConnectionDetails> connectionDetails, BeanFactory beanFactory,
			JdkHttpSender jdkHttpSender, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<GeneralAugmentClientCustomizer> customizers) {
		GenaugConnectionDetails details = connectionDetails(connectionDetails, properties);
		GeneralAugmentClient.Builder builder = GeneralAugmentClient.builder()
			.apiKey(requireKey("genaug.api-key", details.getApiKey(), details));
		configure(builder, "genaug.base-url", details.getBaseUrl(), properties, beanFactory, jdkHttpSender, jsonMapper);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(AdminClientCondition.class)
	AdminClient adminClient(GenaugProperties properties, ObjectProvider<GenaugConnectionDetails> connectionDetails,
			BeanFactory beanFactory, JdkHttpSender jdkHttpSender, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<AdminClientCustomizer> customizers) {
		GenaugConnectionDetails details = connectionDetails(connectionDetails, properties);
		AdminClient.Builder builder = AdminClient.builder()
			.adminKey(requireKey("genaug.admin.api-key", details.getAdminApiKey(), details))
			.projectId(details.getProjectId());
		String baseUrlProperty = StringUtils.hasText(properties.getAdmin().getBaseUrl()) ? "genaug.admin.base-url"
				: "genaug.base-url";
		configure(builder, baseUrlProperty, details.getAdminBaseUrl(), properties, beanFactory, jdkHttpSender,
				jsonMapper);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	// Not a bean of its own: a bean of this type is what says that a test, the mock or the application
	// configured the clients without key properties (see the conditions below).
	private static GenaugConnectionDetails connectionDetails(ObjectProvider<GenaugConnectionDetails> declared,
			GenaugProperties properties) {
		return declared.getIfAvailable(() -> new PropertiesGenaugConnectionDetails(properties));
	}

	private static String requireKey(String property, @Nullable String key, GenaugConnectionDetails details) {
		if (!StringUtils.hasText(key)) {
			String source = (details instanceof PropertiesGenaugConnectionDetails) ? property
					: "the " + details.getClass().getSimpleName() + " bean";
			String aot = AotDetector.useGeneratedArtifacts()
					? " This application was processed ahead of time with " + property
							+ " declared, so the client exists and needs its key where the application runs."
					: "";
			throw new InvalidGenaugPropertyException(property, "", source + " supplies no key." + aot,
					"Set " + property + " (or its environment variable), or declare a GenaugConnectionDetails bean "
							+ "that returns the key.");
		}
		return key;
	}

	private static void configure(ClientBuilderSupport<?> builder, String baseUrlProperty, @Nullable String baseUrl,
			GenaugProperties properties, BeanFactory beanFactory, JdkHttpSender jdkHttpSender,
			ObjectProvider<JsonMapper> jsonMapper) {
		builder.baseUrl(checkBaseUrl(baseUrlProperty, baseUrl))
			.timeout(properties.getTimeout())
			.maxRetries(properties.getMaxRetries())
			.maxResponseSize(properties.getMaxResponseSize().toBytes())
			.maxStreamEventSize((int) properties.getMaxStreamEventSize().toBytes())
			.httpSender(RestClientSenders.create(beanFactory, jdkHttpSender))
			.jsonMapper(jsonMapper.getIfUnique());
	}

	static String checkBaseUrl(String property, @Nullable String value) {
		String action = "Set " + property + " to the API's absolute URL, such as https://api.generalaugment.com"
				+ " (or http://localhost:8787 for a local mock), or remove it to use the default.";
		if (!StringUtils.hasText(value)) {
			throw new InvalidGenaugPropertyException(property, "", "the URL is empty.", action);
		}
		String url = value.strip();
		String shown = url.replaceAll("//[^/@]*@", "//***@");
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new InvalidGenaugPropertyException(property, shown, "it is not a valid URL (" + ex.getReason() + ").",
					action);
		}
		if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
				|| uri.getHost() == null) {
			throw new InvalidGenaugPropertyException(property, shown,
					"it is not an absolute http:// or https:// URL with a host.", action);
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidGenaugPropertyException(property, shown, "the URL contains credentials.",
					"Remove the credentials from " + property
							+ " and set the keys with genaug.api-key and genaug.admin.api-key.");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new InvalidGenaugPropertyException(property, shown, "the URL has a query or a fragment.", action);
		}
		return url;
	}

	private static void warnIfMockIgnored(GenaugProperties properties, @Nullable ClassLoader classLoader) {
		if (!properties.getMock().isEnabled()) {
			return;
		}
		String key = StringUtils.hasText(properties.getApiKey()) ? "genaug.api-key"
				: StringUtils.hasText(properties.getAdmin().getApiKey()) ? "genaug.admin.api-key" : null;
		if (key != null) {
			logger.warn("genaug.mock.enabled=true is ignored because " + key
					+ " is set: a configured key always means the real platform (" + properties.getBaseUrl() + ")");
		}
		else if (!ClassUtils.isPresent(GenaugMockModeCondition.MOCK_SERVER_CLASS, classLoader)) {
			logger.warn("genaug.mock.enabled=true is ignored because genaug-mock is not on the classpath: add "
					+ "com.generalaugment:genaug-mock to start the embedded mock");
		}
	}

	/**
	 * Matches when {@code genaug.api-key} has text or a {@link GenaugConnectionDetails} bean is declared
	 * (by the application, a test, or the embedded mock).
	 */
	static final class ProjectClientCondition extends AnyNestedCondition {

		ProjectClientCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(ProjectKeyCondition.class)
		static final class ProjectKey {

		}

		@ConditionalOnBean(GenaugConnectionDetails.class)
		static final class DeclaredConnectionDetails {

		}

	}

	/**
	 * Matches when {@code genaug.admin.api-key} has text or a {@link GenaugConnectionDetails} bean is
	 * declared.
	 */
	static final class AdminClientCondition extends AnyNestedCondition {

		AdminClientCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(AdminKeyCondition.class)
		static final class AdminKey {

		}

		@ConditionalOnBean(GenaugConnectionDetails.class)
		static final class DeclaredConnectionDetails {

		}

	}

	static final class ProjectKeyCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return keyOutcome(context, "genaug.api-key", "GENAUG_API_KEY");
		}

	}

	static final class AdminKeyCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return keyOutcome(context, "genaug.admin.api-key", "GENAUG_ADMIN_API_KEY");
		}

	}

	static ConditionOutcome keyOutcome(ConditionContext context, String property, String environmentVariable) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("General Augment key " + property);
		String key = Binder.get(context.getEnvironment()).bind(property, String.class).orElse(null);
		if (StringUtils.hasText(key)) {
			return ConditionOutcome.match(message.foundExactly("property " + property));
		}
		// Ahead of time the keys are rarely there: they are secrets of the environment the application will
		// run in. A key the configuration declares (blank, or a placeholder of a variable set later) is
		// enough for its client to exist; the value is read, and required, when the application starts.
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)
				&& context.getEnvironment().containsProperty(property)) {
			return ConditionOutcome
				.match(message.because(property + " is declared, and its value is read at run time"));
		}
		return ConditionOutcome.noMatch(message.because(
				"neither " + property + " nor the " + environmentVariable + " environment variable is set"));
	}

}
