package com.generalaugment.benchmarks;

import com.generalaugment.benchmarks.contenders.Contender;
import com.generalaugment.benchmarks.contenders.Contender.StreamOutcome;
import com.generalaugment.benchmarks.contenders.ContenderKind;
import com.generalaugment.benchmarks.upstream.FixedReplies;
import com.generalaugment.benchmarks.upstream.FixedReplyServer;
import com.generalaugment.benchmarks.upstream.FixedReplyServer.StreamShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick mode of parts 1 and 2, run by {@code ./mvnw verify}: every contender makes a few hundred
 * calls and a few streams against the fixed-reply upstream and must read the right text. Correctness,
 * not speed: it keeps the harness from rotting.
 */
class ContenderSmokeTests {

	private static FixedReplyServer upstream;

	@BeforeAll
	static void startUpstream() {
		upstream = FixedReplyServer.start(StreamShape.FAST);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.close();
	}

	@ParameterizedTest
	@EnumSource(ContenderKind.class)
	void createResponseReturnsTheReplyTextEveryTime(ContenderKind kind) {
		try (Contender contender = kind.create(upstream.baseUrl())) {
			for (int i = 0; i < 300; i++) {
				assertThat(contender.createResponse()).isEqualTo(FixedReplies.REPLY_TEXT);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(ContenderKind.class)
	void streamResponseReadsEveryEventAndTheWholeText(ContenderKind kind) {
		int deltas = StreamShape.FAST.deltas();
		try (Contender contender = kind.create(upstream.baseUrl())) {
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				StreamOutcome outcome = contender.streamResponse();
				assertThat(outcome.events()).isEqualTo(deltas + 2);
				assertThat(outcome.text()).isEqualTo(FixedReplies.streamText(deltas));
				assertThat(outcome.firstEventNanos()).isGreaterThan(start);
			}
		}
	}

}
