package com.generalaugment.spring.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.generalaugment.client.observation.CallListener;
import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.client.observation.CallStart;
import com.generalaugment.spring.support.GenaugRecentCalls.RecentCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GenaugRecentCallsTests {

	private static final Instant START = Instant.parse("2026-05-14T10:00:00Z");

	@Test
	void keepsTheLatestCallsNewestFirst() {
		GenaugRecentCalls recentCalls = new GenaugRecentCalls(3);
		for (int i = 1; i <= 5; i++) {
			call(recentCalls, "req_" + i);
		}
		assertThat(recentCalls.calls()).extracting(RecentCall::requestId).containsExactly("req_5", "req_4", "req_3");
	}

	@Test
	void keepsFewerCallsThanTheCapacity() {
		GenaugRecentCalls recentCalls = new GenaugRecentCalls(3);
		call(recentCalls, "req_1");
		assertThat(recentCalls.calls()).extracting(RecentCall::requestId).containsExactly("req_1");
	}

	@Test
	void capacityZeroKeepsNothing() {
		GenaugRecentCalls recentCalls = new GenaugRecentCalls(0);
		call(recentCalls, "req_1");
		assertThat(recentCalls.calls()).isEmpty();
	}

	@Test
	void negativeCapacityIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GenaugRecentCalls(-1));
	}

	@Test
	void keepsIdsAndOutcomeButNotTheFailure() {
		GenaugRecentCalls recentCalls = new GenaugRecentCalls(1);
		recentCalls.onStart(new CallStart("createResponse", "balanced", false, (name, value) -> {
		})).onEnd(new CallRecord("createResponse", "balanced", false, 500, "internal_error", START,
				Duration.ofMillis(42), 3, null, "req_9", "trace_9", null, null, null,
				new IllegalStateException("prompt text SECRET")));
		assertThat(recentCalls.calls()).containsExactly(
				new RecentCall("createResponse", 500, "internal_error", 42, 3, null, "req_9", "trace_9", START));
		assertThat(recentCalls.calls().toString()).doesNotContain("SECRET");
	}

	@Test
	void concurrentCallsNeverExceedTheCapacity() throws Exception {
		GenaugRecentCalls recentCalls = new GenaugRecentCalls(20);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				futures.add(executor.submit(() -> {
					for (int i = 0; i < 1000; i++) {
						call(recentCalls, "req_" + thread + "_" + i);
						assertThat(recentCalls.calls()).hasSizeLessThanOrEqualTo(20).doesNotContainNull();
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(20, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(recentCalls.calls()).hasSize(20).doesNotContainNull().doesNotHaveDuplicates();
	}

	private static void call(CallListener listener, String requestId) {
		listener.onStart(new CallStart("createResponse", null, false, (name, value) -> {
		})).onEnd(new CallRecord("createResponse", null, false, 200, null, START, Duration.ofMillis(5), 1,
				"resp_" + requestId, requestId, null, 1L, 1L, null, null));
	}

}
