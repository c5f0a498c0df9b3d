package com.generalaugment.spring.test;

import com.generalaugment.mock.GenaugMockOptions;
import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.autoconfigure.mock.GenaugMockAutoConfiguration;
import com.generalaugment.spring.autoconfigure.mock.GenaugMockConnectionDetails;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What {@link AutoConfigureGenaugMock} imports: a started mock and the connection details that bind both
 * clients to it. Ordered before the starter's own configurations so that the clients, the properties'
 * connection details and the application's mock mode all see these first and back off.
 */
@AutoConfiguration(before = { GenaugMockAutoConfiguration.class, GenaugAutoConfiguration.class })
public final class GenaugMockTestAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	GenaugMockServer genaugMockServer() {
		return GenaugMockServer.start(GenaugMockOptions.builder()
			.apiKeys(GenaugMockAutoConfiguration.MOCK_PROJECT_KEY)
			.adminKeys(GenaugMockAutoConfiguration.MOCK_ADMIN_KEY)
			.build());
	}

	// Primary and unconditional: a test that asks for the mock gets it, even over connection details the
	// application declares for the real platform.
	@Bean
	@Primary
	GenaugMockConnectionDetails genaugMockConnectionDetails(GenaugMockServer genaugMockServer) {
		return new GenaugMockConnectionDetails(genaugMockServer, GenaugMockAutoConfiguration.MOCK_PROJECT_ID);
	}

}
