package com.generalaugment.benchmarks.proxy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.generalaugment.benchmarks.report.Report;
import com.generalaugment.benchmarks.upstream.FixedReplyServer.StreamShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Part 4: N slow streams (20 deltas, 100 ms apart) opened through the proxy at once and held to the
 * end, on Java 17 platform threads and on Java 25 with and without virtual threads. The driver reads
 * the streams asynchronously (one JDK {@code HttpClient}, no thread per stream) and samples the app's
 * heap and threads while they are open.
 */
public final class ConcurrentStreams {

	/** The stream counts measured. */
	static final int[] COUNTS = { 200, 1000 };

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ConcurrentStreams() {
	}

	/**
	 * Run part 4 against a slow upstream.
	 * @param slowUpstream the base URL of an upstream with {@link StreamShape#SLOW} streams
	 * @param everySetup also Java 25 on platform threads (the quick run leaves it out)
	 * @param classpaths the app's class paths
	 * @param results the results folder (app logs)
	 * @return one row per JVM set-up and stream count
	 */
	public static List<Row> run(String slowUpstream, boolean everySetup, Classpaths classpaths, Path results) {
		List<Setup> setups = new ArrayList<>();
		setups.add(new Setup("Java " + Runtime.version().feature() + ", platform threads", BenchApp.currentJava(), false));
		BenchApp.java25().ifPresent((java) -> {
			if (everySetup) {
				setups.add(new Setup("Java 25, platform threads", java, false));
			}
			setups.add(new Setup("Java 25, virtual threads", java, true));
		});
		List<Row> rows = new ArrayList<>();
		int index = 0;
		for (Setup setup : setups) {
			try (AppProcess app = AppProcess.start(setup.java(), classpaths.withStarter(), BenchApp.jvmOptions(),
					BenchApp.arguments(slowUpstream, setup.virtualThreads()), results.resolve("app-part4-" + index++ + ".log"))) {
				signInOnce(app.port());
				for (int count : COUNTS) {
					rows.add(hold(setup, app.port(), count));
				}
			}
		}
		return rows;
	}

	/**
	 * One signed-in call before the first burst. Spring Security computes a BCrypt hash once, on the first
	 * sign-in, to time failed look-ups alike; 200 sign-ins arriving together on a fresh app all compute it
	 * (about 65 ms of CPU each), which is the app's start-up, not what part 4 measures.
	 */
	private static void signInOnce(int port) {
		try {
			Paths.proxied(port).call();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The proxy did not answer its first call", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Row hold(Setup setup, int port, int count) {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI stats = URI.create("http://127.0.0.1:" + port + "/bench/stats");
		send(http, HttpRequest.newBuilder(URI.create(stats + "/reset")).POST(HttpRequest.BodyPublishers.noBody()).build());
		JsonNode idle = MAPPER.readTree(send(http, HttpRequest.newBuilder(stats).build()));
		Paths proxied = Paths.proxied(port);
		int expected = StreamShape.SLOW.deltas() + 2;
		AtomicInteger complete = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		long start = System.nanoTime();
		List<CompletableFuture<?>> streams = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			EventCounter counter = new EventCounter();
			streams.add(http.sendAsync(proxied.streamRequest(), HttpResponse.BodyHandlers.fromLineSubscriber(counter))
				.thenCompose((response) -> (response.statusCode() == 200) ? counter.done
						: CompletableFuture.failedFuture(new IllegalStateException("HTTP " + response.statusCode())))
				.whenComplete((events, error) -> {
					if (error == null && events == expected) {
						complete.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
						firstError.compareAndSet(null, (error != null) ? String.valueOf(error.getCause() != null ? error.getCause() : error)
								: events + " events instead of " + expected);
					}
				}));
		}
		CompletableFuture<Void> all = CompletableFuture.allOf(streams.toArray(CompletableFuture[]::new));
		long maxHeap = 0;
		long maxThreads = 0;
		while (!all.isDone() && System.nanoTime() - start < DEADLINE.toNanos()) {
			JsonNode sample = MAPPER.readTree(send(http, HttpRequest.newBuilder(stats).build()));
			maxHeap = Math.max(maxHeap, sample.get("heapUsed").asLong());
			maxThreads = Math.max(maxThreads, sample.get("threads").asLong());
			try {
				all.get(100, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException | ExecutionException ex) {
				// Not done yet, or a stream failed: counted by its own callback.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		JsonNode end = MAPPER.readTree(send(http, HttpRequest.newBuilder(stats).build()));
		int lost = count - complete.get() - failed.get();
		if (firstError.get() != null || lost > 0) {
			System.out.printf("  %s, %d streams: %d failed, %d unfinished after %d s; first failure: %s%n", setup.name(),
					count, failed.get(), lost, DEADLINE.toSeconds(), firstError.get());
		}
		return new Row(setup.name(), count, complete.get(), failed.get() + lost, seconds, idle.get("threads").asLong(),
				Math.max(maxThreads, end.get("peakThreads").asLong()), idle.get("heapUsed").asLong(), maxHeap);
	}

	private static String send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The app's /bench/stats did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Counts the {@code data:} lines of one stream. */
	private static final class EventCounter implements Flow.Subscriber<String> {

		private final CompletableFuture<Integer> done = new CompletableFuture<>();

		private int events;

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith("data:")) {
				this.events++;
			}
		}

		@Override
		public void onError(Throwable error) {
			this.done.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			this.done.complete(this.events);
		}

	}

	private record Setup(String name, Path java, boolean virtualThreads) {
	}

	/**
	 * One JVM set-up holding one number of streams.
	 *
	 * @param setup the JVM and threads
	 * @param streams streams opened at once
	 * @param completed streams that delivered every event
	 * @param errors streams that failed or were cut short
	 * @param seconds time until the last stream ended
	 * @param idleThreads the app's live threads before
	 * @param peakThreads the app's peak live threads while the streams were open
	 * @param idleHeap heap in use before, bytes
	 * @param peakHeap the largest heap in use sampled while open, bytes
	 */
	public record Row(String setup, int streams, int completed, int errors, double seconds, long idleThreads,
			long peakThreads, long idleHeap, long peakHeap) {

		/**
		 * Add part 4's table and target.
		 * @param rows every row
		 * @param report the report
		 */
		public static void addTo(List<Row> rows, Report report) {
			StringBuilder table = new StringBuilder("### 4. Concurrent slow streams through the proxy\n\n")
				.append("Each stream: ").append(StreamShape.SLOW.deltas()).append(" deltas, ")
				.append(StreamShape.SLOW.interval().toMillis()).append(" ms apart (about 2.1 s). The app runs with `-Xmx1g`.\n\n")
				.append("| JVM | streams | completed | errors | all done in s | app threads idle → peak | app heap idle → peak MB |\n")
				.append("|---|---:|---:|---:|---:|---:|---:|\n");
			for (Row row : rows) {
				table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %d | %.1f | %d → %d | %d → %d |%n", row.setup(),
						row.streams(), row.completed(), row.errors(), row.seconds(), row.idleThreads(), row.peakThreads(),
						row.idleHeap() >> 20, row.peakHeap() >> 20));
			}
			report.section(table.toString());
			for (Row row : rows) {
				if (row.streams() == COUNTS[COUNTS.length - 1]) {
					report.target(row.streams() + " concurrent streams, " + row.setup(), "all complete, no errors",
							row.completed() + " / " + row.streams() + ", " + row.errors() + " errors",
							row.completed() == row.streams() && row.errors() == 0);
				}
			}
		}

	}

}
