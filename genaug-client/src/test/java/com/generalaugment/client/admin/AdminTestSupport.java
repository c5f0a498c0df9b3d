package com.generalaugment.client.admin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.generalaugment.client.AdminClient;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

/**
 * One WireMock server per test class and an {@link AdminClient} pointed at it that never really sleeps.
 * One instance per class, so each class owns its server even when classes run in parallel.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class AdminTestSupport {

	static final String ADMIN_KEY = "adm-live-test-9b3e7c1d5a";

	final WireMockServer server = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true));

	final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	@BeforeAll
	void startServer() {
		this.server.start();
	}

	@AfterAll
	void stopServer() {
		this.server.stop();
	}

	@BeforeEach
	void resetServerAndSleeps() {
		this.server.resetAll();
		this.sleeps.clear();
	}

	AdminClient client() {
		return builder().build();
	}

	AdminClient.Builder builder() {
		return AdminClient.builder().adminKey(ADMIN_KEY).baseUrl(this.server.baseUrl()).sleeper(this.sleeps::add);
	}

	void stub(MappingBuilder mapping) {
		this.server.stubFor(mapping);
	}

	/** The admin key, and never a Bearer token. */
	static RequestPatternBuilder withAdminKey(RequestPatternBuilder request) {
		return request.withHeader("X-Admin-Key", equalTo(ADMIN_KEY)).withHeader("Authorization", absent());
	}

	void verify(RequestPatternBuilder request) {
		this.server.verify(withAdminKey(request));
	}

	void verify(int count, RequestPatternBuilder request) {
		this.server.verify(count, request);
	}

	void verifyNothingSent() {
		this.server.verify(0, anyRequestedFor(anyUrl()));
	}

}
