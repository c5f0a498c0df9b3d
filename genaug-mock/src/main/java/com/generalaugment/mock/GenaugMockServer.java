package com.generalaugment.mock;

import java.util.List;

import com.generalaugment.mock.platform.MockBuild;
import com.generalaugment.mock.platform.MockPlatform;
import com.generalaugment.mock.platform.RecordedTurn;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A running General Augment mock: a WireMock server whose catch-all stub simulates the platform (contract
 * §2 routes, §7 behaviour). Stubs added through {@link #wireMock()} take priority over the simulation,
 * and WireMock's journal records every request for {@code verify(...)}.
 *
 * <pre>{@code
 * try (GenaugMockServer mock = GenaugMockServer.start()) {
 *     String baseUrl = mock.baseUrl(); // e.g. http://127.0.0.1:53117
 *     mock.wireMock().stubFor(post("/v1/responses").willReturn(status(503)));
 * }
 * }</pre>
 *
 * <p>Besides the platform routes, the server answers, without credentials: {@code POST /__genaug/reset}
 * (clears the simulated state, not the WireMock stubs) and {@code GET /__genaug/turns}
 * ({@code {items:[...]}}, the {@code /v1/responses} turns served since the last reset). WireMock's own
 * admin API stays under {@code /__admin}. Thread-safe.
 */
public final class GenaugMockServer implements AutoCloseable {

	/** Response bodies longer than this are cut in WireMock's journal (requests are always kept whole). */
	private static final int MAX_LOGGED_RESPONSE_BYTES = 64 * 1024;

	private final WireMockServer wireMock;

	private final MockPlatform platform;

	private final String host;

	private GenaugMockServer(WireMockServer wireMock, MockPlatform platform, String host) {
		this.wireMock = wireMock;
		this.platform = platform;
		this.host = host;
	}

	/**
	 * Starts a mock on {@code 127.0.0.1} and a free port.
	 *
	 * @return the running mock
	 */
	public static GenaugMockServer start() {
		return start(GenaugMockOptions.defaults());
	}

	/**
	 * Starts a mock.
	 *
	 * @param options how to start it
	 * @return the running mock
	 */
	public static GenaugMockServer start(GenaugMockOptions options) {
		MockPlatform platform = new MockPlatform(options.apiKeys(), options.adminKeys());
		WireMockConfiguration configuration = WireMockConfiguration.options()
			.bindAddress(options.host())
			// WireMock's cleartext HTTP/2 resets the first POST of a fresh JDK HttpClient (build notes, trap 2).
			.http2PlainDisabled(true)
			// Compression would buffer event streams and drop the Content-Length of JSON replies.
			.gzipDisabled(true)
			.containerThreads(options.containerThreads())
			.maxRequestJournalEntries(options.maxRequestJournalEntries())
			// The journal keeps a copy of each response body; a long stream can be megabytes.
			.maxLoggedResponseSize(MAX_LOGGED_RESPONSE_BYTES)
			.mappingSource(new ContractMappings())
			.extensions(new ContractTransformer(platform))
			.notifier(new ConsoleNotifier(false));
		if (options.port() == 0) {
			configuration.dynamicPort();
		}
		else {
			configuration.port(options.port());
		}
		WireMockServer server = new WireMockServer(configuration);
		if (options.logRequests()) {
			server.addMockServiceRequestListener((request, response) -> System.out.println(
					request.getMethod() + " " + request.getUrl() + " -> " + response.getStatus()));
		}
		server.start();
		return new GenaugMockServer(server, platform, options.host());
	}

	/**
	 * The base URL to give a client, without a trailing slash.
	 *
	 * @return e.g. {@code http://127.0.0.1:8787}
	 */
	public String baseUrl() {
		String urlHost = host.equals("0.0.0.0") ? "127.0.0.1" : host.equals("::") ? "::1" : host;
		return "http://" + (urlHost.contains(":") ? "[" + urlHost + "]" : urlHost) + ":" + port();
	}

	/**
	 * The port the mock listens on.
	 *
	 * @return the port
	 */
	public int port() {
		return wireMock.port();
	}

	/**
	 * The underlying WireMock server: add stubs (they win over the simulation), inject faults, and
	 * {@code verify(...)} what was sent.
	 *
	 * @return the WireMock server
	 */
	public WireMockServer wireMock() {
		return wireMock;
	}

	/**
	 * Clears everything a test may have changed: the simulated state (back to the seeded project
	 * {@code proj_mock}), WireMock's user stubs and its request journal.
	 */
	public void reset() {
		wireMock.resetAll();
		platform.reset();
	}

	/**
	 * The {@code /v1/responses} turns served since the last reset.
	 *
	 * @return the turns, oldest first
	 */
	public List<RecordedTurn> turns() {
		return platform.turns();
	}

	/**
	 * The mock's version, also reported by its health endpoints.
	 *
	 * @return e.g. {@code 0.1.0-SNAPSHOT}
	 */
	public static String version() {
		return MockBuild.version();
	}

	/**
	 * Whether the server is running.
	 *
	 * @return {@code true} until stopped
	 */
	public boolean isRunning() {
		return wireMock.isRunning();
	}

	/** Stops the server. Calling it again does nothing. */
	public void stop() {
		if (wireMock.isRunning()) {
			wireMock.stop();
		}
	}

	/** Stops the server, as {@link #stop()}. */
	@Override
	public void close() {
		stop();
	}

}
