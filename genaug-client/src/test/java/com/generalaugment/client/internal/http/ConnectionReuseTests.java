package com.generalaugment.client.internal.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.support.Fixtures;
import com.generalaugment.client.support.ScriptedHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply read whole gives its connection back to the JDK's pool: closing a body before its end would
 * drop the connection instead, and every call would pay for a new one.
 */
class ConnectionReuseTests {

	private static GeneralAugmentClient client(String baseUrl) {
		return GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).baseUrl(baseUrl).timeout(Duration.ofSeconds(5))
			.build();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().input("hi").build();
	}

	@Test
	@Timeout(10)
	void repliesWithContentLengthShareOneConnection() throws Exception {
		ScriptedHttpServer.Script reply = (exchange) -> exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + Fixtures.RESPONSE_JSON.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n"
				+ Fixtures.RESPONSE_JSON);
		try (ScriptedHttpServer server = new ScriptedHttpServer(reply)) {
			GeneralAugmentClient client = client(server.baseUrl());

			for (int i = 0; i < 3; i++) {
				assertThat(client.responses().create(request()).id()).isEqualTo("resp_123");
			}
			assertThat(server.connections()).isEqualTo(1);
		}
	}

	@Test
	@Timeout(10)
	void chunkedRepliesShareOneConnection() throws Exception {
		ScriptedHttpServer.Script reply = (exchange) -> {
			byte[] json = Fixtures.RESPONSE_JSON.getBytes(StandardCharsets.UTF_8);
			exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
					+ Integer.toHexString(json.length) + "\r\n" + Fixtures.RESPONSE_JSON + "\r\n");
			exchange.pause(20);
			exchange.write("0\r\n\r\n");
		};
		try (ScriptedHttpServer server = new ScriptedHttpServer(reply)) {
			GeneralAugmentClient client = client(server.baseUrl());

			for (int i = 0; i < 3; i++) {
				assertThat(client.responses().create(request()).id()).isEqualTo("resp_123");
			}
			assertThat(server.connections()).isEqualTo(1);
		}
	}

}
