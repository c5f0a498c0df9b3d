package com.generalaugment.spring.autoconfigure.mock;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.mock.GenaugMockOptions;
import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;
import com.generalaugment.spring.autoconfigure.GenaugProperties;
import com.generalaugment.spring.autoconfigure.PropertiesGenaugConnectionDetails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Local development without a platform account: with {@code genaug.mock.enabled=true}, {@code genaug-mock}
 * on the classpath and no key configured, starts the embedded mock on {@code 127.0.0.1} and a free port,
 * points both clients at it with development keys (a {@link GenaugMockConnectionDetails}), and stops it when
 * the application context closes.
 */
@AutoConfiguration(before = GenaugAutoConfiguration.class)
@ConditionalOnClass({ GenaugMockServer.class, GeneralAugmentClient.class })
@Conditional(GenaugMockModeCondition.class)
public final class GenaugMockAutoConfiguration {

	/** The project key the clients use against the embedded mock. */
	public static final String MOCK_PROJECT_KEY = "mock-project-key";

	/** The admin key the clients use against the embedded mock. */
	public static final String MOCK_ADMIN_KEY = "mock-admin-key";

	/** The project the mock starts with; the admin client's default project unless genaug.project-id is set. */
	public static final String MOCK_PROJECT_ID = "proj_mock";

	private static final Log logger = LogFactory.getLog(GenaugMockAutoConfiguration.class);

	/**
	 * The embedded mock, started on first use: only when the connection details below pick it, so an
	 * application processed ahead of time with the mock on, then started with a key, never starts it.
	 * @return the started mock
	 */
	@Bean(destroyMethod = "close")
	@Lazy
	@ConditionalOnMissingBean
	GenaugMockServer genaugMockServer() {
		GenaugMockServer mock = GenaugMockServer
			.start(GenaugMockOptions.builder().apiKeys(MOCK_PROJECT_KEY).adminKeys(MOCK_ADMIN_KEY).build());
		logger.info("Started the General Augment mock at " + mock.baseUrl()
				+ " (genaug.mock.enabled=true); the clients call it instead of the platform");
		return mock;
	}

	// The condition above was decided with the environment the application was built in, which for an
	// application processed ahead of time is not the one it runs in: the keys are looked at again here.
	@Bean
	@ConditionalOnMissingBean
	GenaugConnectionDetails genaugConnectionDetails(GenaugProperties properties, Environment environment,
			ObjectProvider<GenaugMockServer> mockServer) {
		if (!GenaugMockModeCondition.isActive(environment, getClass().getClassLoader())) {
			return new PropertiesGenaugConnectionDetails(properties);
		}
		String projectId = StringUtils.hasText(properties.getProjectId()) ? properties.getProjectId() : MOCK_PROJECT_ID;
		return new GenaugMockConnectionDetails(mockServer.getObject(), projectId);
	}

}
