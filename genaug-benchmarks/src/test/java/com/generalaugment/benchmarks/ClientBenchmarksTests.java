package com.generalaugment.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.generalaugment.benchmarks.contenders.ContenderKind.GENAUG;
import static com.generalaugment.benchmarks.contenders.ContenderKind.OPENAI;
import static com.generalaugment.benchmarks.contenders.ContenderKind.RAW;
import static org.assertj.core.api.Assertions.assertThat;

class ClientBenchmarksTests {

	@Test
	void forksTakeTurnsSoEachContenderRunsOnceInEveryPosition() {
		assertThat(ClientBenchmarks.turns(3)).containsExactly(List.of(RAW, GENAUG, OPENAI),
				List.of(GENAUG, OPENAI, RAW), List.of(OPENAI, RAW, GENAUG));
	}

	@Test
	void oneForkPerContenderRunsTheBaselineFirst() {
		assertThat(ClientBenchmarks.turns(1)).containsExactly(List.of(RAW, GENAUG, OPENAI));
	}

}
