package com.generalaugment.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The signing key across instances: real sample apps started side by side on random ports, as they
 * would run behind a load balancer.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleTokenSecretTests {

	@Test
	void instancesSharingTheSecretAcceptEachOthersTokens() throws Exception {
		try (ConfigurableApplicationContext first = start("--sample.token.secret=" + SampleTokens.SECRET);
				ConfigurableApplicationContext second = start("--sample.token.secret=" + SampleTokens.SECRET)) {
			String alice = http(first).signIn("alice", "alice-password");

			HttpResponse<String> me = http(second).get("/me", alice);

			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(SampleHttp.json(me).get("user").stringValue()).isEqualTo("alice");
		}
	}

	@Test
	void withoutASecretEachInstanceSignsWithItsOwnRandomKeyAndSaysSo(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext first = start();
				ConfigurableApplicationContext second = start()) {
			String alice = http(first).signIn("alice", "alice-password");

			assertThat(http(first).get("/me", alice).statusCode()).isEqualTo(200);
			assertThat(http(second).get("/me", alice).statusCode()).isEqualTo(401);
			assertThat(output).contains("sample.token.secret is not set")
				.contains("tokens will not survive a restart");
		}
	}

	@Test
	void aSecretShorterThan32BytesStopsTheStartWithAClearMessage(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--sample.token.secret=too-short-secret"));

		assertThat(output).contains("sample.token.secret must be at least 32 bytes (it has 16)")
			.doesNotContain("too-short-secret");
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "--server.port=0";
		System.arraycopy(args, 0, all, 1, args.length);
		return new SpringApplicationBuilder(SampleApplication.class).run(all);
	}

	private static SampleHttp http(ConfigurableApplicationContext context) {
		return new SampleHttp(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
