package com.generalaugment.benchmarks;

import java.nio.charset.StandardCharsets;

import com.generalaugment.benchmarks.app.BenchApplication;
import com.generalaugment.benchmarks.proxy.BenchApp;
import com.generalaugment.benchmarks.proxy.Paths;
import com.generalaugment.benchmarks.upstream.FixedReplies;
import com.generalaugment.benchmarks.upstream.FixedReplyServer;
import com.generalaugment.benchmarks.upstream.FixedReplyServer.StreamShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick mode of part 3, run by {@code ./mvnw verify}: the benchmark app, started in this JVM with
 * the launcher's properties, proxies plain calls and streams to the fixed-reply upstream and returns
 * the right text and every event; its hand-written relay returns the text too.
 */
class ProxySmokeTests {

	private static FixedReplyServer upstream;

	private static ConfigurableApplicationContext app;

	private static Paths proxied;

	private static Paths relayed;

	private static int port;

	@BeforeAll
	static void start() {
		upstream = FixedReplyServer.start(StreamShape.FAST);
		app = new SpringApplicationBuilder(BenchApplication.class)
			.run(BenchApp.arguments(upstream.baseUrl(), false).toArray(String[]::new));
		port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		proxied = Paths.proxied(port);
		relayed = Paths.relayed(port);
	}

	@AfterAll
	static void stop() {
		app.close();
		upstream.close();
	}

	@Test
	void proxiedCallsReturnTheReplyText() throws Exception {
		for (int i = 0; i < 200; i++) {
			assertThat(new String(proxied.call(), StandardCharsets.UTF_8)).contains(FixedReplies.REPLY_TEXT);
		}
	}

	@Test
	void callsAsManyUsersReturnTheReplyText() throws Exception {
		for (int i = 0; i < 20; i++) {
			Paths asUser = Paths.proxiedAs(port, "bench-" + i);
			assertThat(new String(asUser.call(), StandardCharsets.UTF_8)).contains(FixedReplies.REPLY_TEXT);
		}
	}

	@Test
	void relayedCallsReturnTheReplyText() throws Exception {
		for (int i = 0; i < 50; i++) {
			assertThat(new String(relayed.call(), StandardCharsets.UTF_8)).contains(FixedReplies.REPLY_TEXT);
		}
	}

	@Test
	void proxiedStreamsCarryEveryEvent() throws Exception {
		for (int i = 0; i < 5; i++) {
			Paths.StreamRead read = proxied.stream();
			assertThat(read.events()).isEqualTo(StreamShape.FAST.deltas() + 2);
			assertThat(read.firstEventNanos()).isPositive();
		}
	}

}
