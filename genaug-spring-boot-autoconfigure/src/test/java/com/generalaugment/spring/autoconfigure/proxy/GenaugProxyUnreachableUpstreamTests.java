package com.generalaugment.spring.autoconfigure.proxy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform that cannot be reached (connection refused): the app gets a 502 that says nothing about
 * where the proxy tried to connect.
 */
@SpringBootTest(classes = ProxyTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "genaug.proxy.enabled=true")
class GenaugProxyUnreachableUpstreamTests {

	private static final int CLOSED_PORT = closedPort();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void upstream(DynamicPropertyRegistry registry) {
		registry.add("test.upstream-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
	}

	@Test
	void connectionRefusedIsA502WithoutTheAddress() {
		ProxyHttp http = new ProxyHttp(this.port);
		for (String body : new String[] { "{\"input\": \"hi\"}", "{\"input\": \"hi\", \"stream\": true}" }) {
			HttpResponse<String> response = http.post(ProxyHttp.newUser(), body);
			assertThat(response.statusCode()).isEqualTo(502);
			JsonNode error = ProxyHttp.error(response);
			assertThat(error.get("reason").stringValue()).isEqualTo("upstream_error");
		}
		http.assertNothingLeaked(ProxyTestApplication.API_KEY, "127.0.0.1", ":" + CLOSED_PORT, "Connect");
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
