package com.generalaugment.mock.junit;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.generalaugment.mock.GenaugMockOptions;
import com.generalaugment.mock.GenaugMockServer;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.jspecify.annotations.Nullable;

/**
 * JUnit Jupiter extension that runs a {@link GenaugMockServer} for a test class and resets it before each
 * test (simulated state, WireMock stubs and journal), so tests never see each other's turns, facts, jobs or
 * stubs.
 *
 * <pre>{@code
 * class MyTests {
 *     @RegisterExtension
 *     static GenaugMockExtension mock = GenaugMockExtension.create();
 *
 *     @Test
 *     void replies() {
 *         var client = clientFor(mock.baseUrl());
 *         mock.wireMock().verify(postRequestedFor(urlEqualTo("/v1/responses")));
 *     }
 * }
 * }</pre>
 *
 * <p>Or declaratively, with the server injected into test, lifecycle or constructor parameters:
 * {@code @ExtendWith(GenaugMockExtension.class) class MyTests { @Test void t(GenaugMockServer mock) {...} }}.
 * In a static field (or with {@code @ExtendWith}) one server serves the whole class; in an instance field
 * each test gets its own. Not meant for tests of one class running in parallel: the reset before each
 * test would clear the others' state.
 */
public final class GenaugMockExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private final GenaugMockOptions options;

	private @Nullable GenaugMockServer server;

	private @Nullable String ownerContextId;

	/** An extension with {@link GenaugMockOptions#defaults()}; used by {@code @ExtendWith}. */
	public GenaugMockExtension() {
		this(GenaugMockOptions.defaults());
	}

	private GenaugMockExtension(GenaugMockOptions options) {
		this.options = options;
	}

	/**
	 * An extension with default options: {@code 127.0.0.1}, a free port, any non-blank key.
	 *
	 * @return the extension
	 */
	public static GenaugMockExtension create() {
		return new GenaugMockExtension();
	}

	/**
	 * An extension with the given options.
	 *
	 * @param options the server options
	 * @return the extension
	 */
	public static GenaugMockExtension create(GenaugMockOptions options) {
		return new GenaugMockExtension(options);
	}

	/**
	 * The running server.
	 *
	 * @return the server
	 * @throws IllegalStateException outside a test's lifecycle
	 */
	public synchronized GenaugMockServer server() {
		if (server == null) {
			throw new IllegalStateException("The General Augment mock runs only while tests run");
		}
		return server;
	}

	/**
	 * The base URL of the running server.
	 *
	 * @return e.g. {@code http://127.0.0.1:53117}
	 */
	public String baseUrl() {
		return server().baseUrl();
	}

	/**
	 * The port of the running server.
	 *
	 * @return the port
	 */
	public int port() {
		return server().port();
	}

	/**
	 * The underlying WireMock server, for stubs and {@code verify(...)}.
	 *
	 * @return the WireMock server
	 */
	public WireMockServer wireMock() {
		return server().wireMock();
	}

	@Override
	public synchronized void beforeAll(ExtensionContext context) {
		startFor(context);
	}

	@Override
	public synchronized void afterAll(ExtensionContext context) {
		stopFor(context);
	}

	@Override
	public synchronized void beforeEach(ExtensionContext context) {
		// An instance-field registration sees no beforeAll: the server then lives for one test.
		startFor(context);
		Objects.requireNonNull(server).reset();
	}

	@Override
	public synchronized void afterEach(ExtensionContext context) {
		stopFor(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == GenaugMockServer.class;
	}

	@Override
	public synchronized Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		startFor(extensionContext);
		return Objects.requireNonNull(server);
	}

	private void startFor(ExtensionContext context) {
		if (server == null) {
			server = GenaugMockServer.start(options);
			ownerContextId = context.getUniqueId();
		}
	}

	private void stopFor(ExtensionContext context) {
		if (server != null && context.getUniqueId().equals(ownerContextId)) {
			server.stop();
			server = null;
			ownerContextId = null;
		}
	}

}
