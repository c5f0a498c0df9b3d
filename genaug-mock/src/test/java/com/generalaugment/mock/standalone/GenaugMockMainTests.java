package com.generalaugment.mock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.mock.MockHttp;

class GenaugMockMainTests {

	@Test
	void launchesOnAFreePortAndAnnouncesTheBaseUrl() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		try (GenaugMockServer server = GenaugMockMain.launch(LaunchArguments.parse("--port", "0", "--quiet"),
				new PrintStream(out, true, StandardCharsets.UTF_8))) {
			assertThat(out.toString(StandardCharsets.UTF_8).strip())
				.isEqualTo("General Augment mock listening on http://127.0.0.1:" + server.port());
			assertThat(new MockHttp(server.baseUrl()).raw("GET", "/health/ready", null).status()).isEqualTo(200);
		}
	}

	@Test
	void helpPrintsTheUsage() {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			GenaugMockMain.main(new String[] {"--help"});
		}
		finally {
			System.setOut(original);
		}

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port PORT").contains("--quiet").contains("--host HOST");
	}

}
