package com.generalaugment.spring.test;

import com.generalaugment.mock.GenaugMockServer;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the mock of an {@link AutoConfigureGenaugMock} test after each test method — its simulated state,
 * stubs and recorded requests — so that no method sees what another left, although the cached context and
 * its mock are shared.
 */
public final class GenaugMockTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()
				&& TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureGenaugMock.class)) {
			testContext.getApplicationContext().getBeanProvider(GenaugMockServer.class).ifAvailable(GenaugMockServer::reset);
		}
	}

	@Override
	public int getOrder() {
		// After the listeners that may still look at the test's state (Spring's own run at 1000–5000).
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

}
