package com.generalaugment.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.ConnectionFailedException;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Boot's {@code spring.http.clients.*} settings and SSL bundles reach the JDK client the SDK sends through.
 * The TLS upstream's certificate is self-signed: only the bundle makes the client trust it.
 */
class GenaugHttpClientSettingsTests {

	private static WireMockServer tlsUpstream;

	// Asks every client for a certificate and accepts only the test client's.
	private static WireMockServer mutualTlsUpstream;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				GenaugAutoConfiguration.class))
		.withPropertyValues("genaug.api-key=sk-tls-test", "genaug.max-retries=0");

	@BeforeAll
	static void start() throws Exception {
		tlsUpstream = new WireMockServer(options().httpDisabled(true)
			.dynamicHttpsPort()
			.http2TlsDisabled(true)
			.keystorePath(file("tls/mock-server.p12"))
			.keystoreType("PKCS12")
			.keystorePassword("changeit")
			.keyManagerPassword("changeit"));
		tlsUpstream.start();
		tlsUpstream.stubFor(post(urlEqualTo("/v1/responses")).willReturn(
				okJson("{\"id\":\"resp_tls\",\"status\":\"completed\",\"output_text\":\"over the bundle\"}")));
		mutualTlsUpstream = new WireMockServer(options().httpDisabled(true)
			.dynamicHttpsPort()
			.http2TlsDisabled(true)
			.keystorePath(file("tls/mock-server.p12"))
			.keystoreType("PKCS12")
			.keystorePassword("changeit")
			.keyManagerPassword("changeit")
			.needClientAuth(true)
			.trustStorePath(file("tls/client-trust.p12"))
			.trustStoreType("PKCS12")
			.trustStorePassword("changeit"));
		mutualTlsUpstream.start();
		mutualTlsUpstream.stubFor(post(urlEqualTo("/v1/responses")).willReturn(
				okJson("{\"id\":\"resp_mtls\",\"status\":\"completed\",\"output_text\":\"client known\"}")));
	}

	@AfterAll
	static void stop() {
		tlsUpstream.stop();
		mutualTlsUpstream.stop();
	}

	@Test
	void withMutualTlsTheClientPresentsTheBundlesKeyAndIsAccepted() {
		String mutualUrl = "genaug.base-url=https://localhost:" + mutualTlsUpstream.httpsPort();
		String trust = "spring.ssl.bundle.pem.genaug-mtls.truststore.certificate=classpath:tls/mock-server.crt";
		this.runner
			.withPropertyValues(mutualUrl, trust,
					"spring.ssl.bundle.pem.genaug-mtls.keystore.certificate=classpath:tls/client.crt",
					"spring.ssl.bundle.pem.genaug-mtls.keystore.private-key=classpath:tls/client.key",
					"genaug.ssl.bundle=genaug-mtls")
			.run((context) -> assertThat(context.getBean(GeneralAugmentClient.class)
				.responses()
				.create(ResponseCreateParams.builder().user("u-1").input("hi").build())
				.outputText()).isEqualTo("client known"));
		// The same trust without the client's key: the server refuses the handshake.
		this.runner.withPropertyValues(mutualUrl, trust, "genaug.ssl.bundle=genaug-mtls")
			.run((context) -> assertThatExceptionOfType(ConnectionFailedException.class)
				.isThrownBy(() -> context.getBean(GeneralAugmentClient.class)
					.responses()
					.create(ResponseCreateParams.builder().user("u-1").input("hi").build())));
	}

	// WireMock wants key stores as files; the resources may sit in a jar (the Boot compatibility run).
	private static String file(String resource) throws IOException {
		Path file = Files.createTempFile("genaug-tls-", ".p12");
		file.toFile().deleteOnExit();
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file.toString();
	}

	private static String tlsBaseUrl() {
		return "https://localhost:" + tlsUpstream.httpsPort();
	}

	@Test
	void aSelfSignedUpstreamIsTrustedThroughTheNamedBundle() {
		this.runner
			.withPropertyValues("genaug.base-url=" + tlsBaseUrl(),
					"spring.ssl.bundle.pem.genaug-ca.truststore.certificate=classpath:tls/mock-server.crt",
					"genaug.ssl.bundle=genaug-ca")
			.run((context) -> assertThat(context.getBean(GeneralAugmentClient.class)
				.responses()
				.create(ResponseCreateParams.builder().user("u-1").input("hi").build())
				.outputText()).isEqualTo("over the bundle"));
	}

	@Test
	void withoutTheBundleTheSelfSignedUpstreamIsRefused() {
		this.runner.withPropertyValues("genaug.base-url=" + tlsBaseUrl())
			.run((context) -> assertThatExceptionOfType(ConnectionFailedException.class)
				.isThrownBy(() -> context.getBean(GeneralAugmentClient.class)
					.responses()
					.create(ResponseCreateParams.builder().user("u-1").input("hi").build())));
	}

	@Test
	void springHttpClientsConnectTimeoutAndRedirectsReachTheClientTheStarterBuilt() {
		this.runner.withPropertyValues("spring.http.clients.connect-timeout=3s", "spring.http.clients.redirects=follow")
			.run((context) -> {
				HttpClient http = context.getBean(JdkHttpSender.class).httpClient();
				assertThat(http.connectTimeout()).contains(Duration.ofSeconds(3));
				assertThat(http.followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
				assertThat(http.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
			});
	}

	@Test
	void withNothingSetTheClientsKeepTheSdksSharedClientWhichNeverFollowsRedirects() {
		this.runner.run((context) -> {
			JdkHttpSender sender = context.getBean(JdkHttpSender.class);
			assertThat(sender).isSameAs(JdkHttpSender.shared());
			assertThat(sender.httpClient().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
			assertThat(sender.httpClient().connectTimeout()).contains(Duration.ofSeconds(10));
		});
	}

	@Test
	void onlyAConnectTimeoutSetKeepsTheSdksNoRedirectsDefault() {
		this.runner.withPropertyValues("spring.http.clients.connect-timeout=2s").run((context) -> {
			HttpClient http = context.getBean(JdkHttpSender.class).httpClient();
			assertThat(http.connectTimeout()).contains(Duration.ofSeconds(2));
			assertThat(http.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
		});
	}

	@Test
	void anUnknownBundleFailsStartUpNamingThePropertyAndTheBundlesThereAre() {
		this.runner
			.withPropertyValues("spring.ssl.bundle.pem.corp-ca.truststore.certificate=classpath:tls/mock-server.crt",
					"genaug.ssl.bundle=corp-typo")
			.run((context) -> {
				assertThat(context).hasFailed();
				InvalidGenaugPropertyException failure = findCause(context.getStartupFailure());
				assertThat(failure.getProperty()).isEqualTo("genaug.ssl.bundle");
				assertThat(failure.getValue()).isEqualTo("corp-typo");
				assertThat(failure.getAction()).contains("[corp-ca]");
			});
	}

	private static InvalidGenaugPropertyException findCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidGenaugPropertyException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("no InvalidGenaugPropertyException in " + failure, failure);
	}

}
