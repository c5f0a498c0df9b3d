package com.generalaugment.spring.test;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.memory.MemoryStoreParams;
import com.generalaugment.mock.GenaugMockServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

// No @SpringBootTest and no auto-configuration but what the annotation imports, as in a test slice; the
// application's own mock mode is on too, and must not start a second mock.
@SpringJUnitConfig(AutoConfigureGenaugMockSliceTests.Empty.class)
@AutoConfigureGenaugMock
@TestPropertySource(properties = "genaug.mock.enabled=true")
class AutoConfigureGenaugMockSliceTests {

	@Autowired
	GeneralAugmentClient client;

	@Autowired
	ApplicationContext context;

	@Test
	void aContextWithoutSpringBootTestGetsTheClientsBoundToOneMock() {
		GenaugMockServer mock = this.context.getBean(GenaugMockServer.class);
		assertThat(this.context.getBeansOfType(GenaugMockServer.class)).hasSize(1);
		assertThat(this.client.baseUrl()).isEqualTo(mock.baseUrl());
		this.client.memory().store(MemoryStoreParams.builder().userId("u-1").fact("likes tea").build());
		assertThat(mock.wireMock().getAllServeEvents()).isNotEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
