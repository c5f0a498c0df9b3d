package com.generalaugment.benchmarks.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.generalaugment.benchmarks.RunProfile;
import com.generalaugment.benchmarks.load.Latencies;
import com.generalaugment.benchmarks.load.LoadDriver;
import com.generalaugment.benchmarks.load.LoadDriver.LoadResult;
import com.generalaugment.benchmarks.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * Part 7: the proxy with its per-user state in Redis (on loopback) against the same proxy with the state
 * in memory, at 32 clients spread over many users, and the time to first streamed event of each. Both
 * apps run with the per-user limits on — a rate limit too high to refuse, caps on calls and streams in
 * flight — so that every call takes a bucket, a slot and an ownership record from its store.
 */
public final class RedisStoreOverhead {

	private static final Path REDIS = Path.of("/usr/bin/redis-server");

	private static final int CLIENTS = 32;

	private static final int USERS = 512;

	private static final int ROUNDS = 2;

	private RedisStoreOverhead() {
	}

	/**
	 * Run part 7.
	 * @param profile the durations
	 * @param upstream the fast upstream's base URL
	 * @param classpaths the app's class paths
	 * @param results the results folder (app logs)
	 * @return the measurements, or why there are none
	 */
	public static Result run(RunProfile profile, String upstream, Classpaths classpaths, Path results) {
		if (!Files.isExecutable(REDIS)) {
			return Result.skipped("redis-server is not installed (apt-get install -y redis-server)");
		}
		Process redis = null;
		try {
			int port = freePort();
			redis = new ProcessBuilder(REDIS.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
					"--appendonly", "no")
				.redirectErrorStream(true)
				.redirectOutput(results.resolve("redis-part7.log").toFile())
				.start();
			awaitRedis(port);
			try (AppProcess memory = AppProcess.start(BenchApp.currentJava(), classpaths.withStarter(), BenchApp.jvmOptions(),
					arguments(upstream, null), results.resolve("app-part7-memory.log"));
					AppProcess shared = AppProcess.start(BenchApp.currentJava(), classpaths.withStarter(), BenchApp.jvmOptions(),
							arguments(upstream, port), results.resolve("app-part7-redis.log"))) {
				Users viaMemory = new Users(memory.port());
				Users viaRedis = new Users(shared.port());
				LoadDriver.run(CLIENTS, Duration.ZERO, profile.loadWarmup().dividedBy(2), viaMemory::call);
				LoadDriver.run(CLIENTS, Duration.ZERO, profile.loadWarmup().dividedBy(2), viaRedis::call);
				List<LoadResult> memoryRuns = new ArrayList<>();
				List<LoadResult> redisRuns = new ArrayList<>();
				// Taking turns, so that the machine's noise falls on both alike.
				for (int round = 0; round < ROUNDS; round++) {
					memoryRuns.add(LoadDriver.run(CLIENTS, Duration.ofSeconds(2), profile.loadTime(), viaMemory::call));
					redisRuns.add(LoadDriver.run(CLIENTS, Duration.ofSeconds(2), profile.loadTime(), viaRedis::call));
				}
				Duration streaming = profile.loadTime().dividedBy(2);
				return new Result(memoryRuns, redisRuns,
						ProxyOverhead.firstEvents(Paths.proxiedAs(memory.port(), "bench-1"), streaming),
						ProxyOverhead.firstEvents(Paths.proxiedAs(shared.port(), "bench-1"), streaming), null);
			}
		}
		catch (IOException ex) {
			return Result.skipped("could not start redis-server: " + ex.getMessage());
		}
		finally {
			if (redis != null) {
				redis.destroyForcibly();
			}
		}
	}

	// The bench app's properties, with the per-user limits on and, for Redis, the store.
	private static List<String> arguments(String upstream, @Nullable Integer redisPort) {
		List<String> arguments = new ArrayList<>();
		for (String argument : BenchApp.arguments(upstream, false)) {
			if (!argument.startsWith("--genaug.proxy.rate-limit.") && !argument.startsWith("--genaug.proxy.max-")) {
				arguments.add(argument);
			}
		}
		arguments.addAll(List.of("--genaug.proxy.rate-limit.requests-per-minute=100000000",
				"--genaug.proxy.max-in-flight-per-user=64", "--genaug.proxy.max-concurrent-streams-per-user=64",
				"--genaug.proxy.max-in-flight=0", "--genaug.proxy.rate-limit.max-users=" + (USERS * 2),
				"--management.health.redis.enabled=false"));
		if (redisPort != null) {
			arguments.addAll(List.of("--genaug.proxy.store=redis", "--spring.data.redis.host=127.0.0.1",
					"--spring.data.redis.port=" + redisPort));
		}
		return arguments;
	}

	private static void awaitRedis(int port) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				OutputStream out = socket.getOutputStream();
				out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
				InputStream in = socket.getInputStream();
				byte[] reply = new byte[5];
				if (in.read(reply) > 0 && new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG")) {
					return;
				}
			}
			catch (IOException ex) {
				// not up yet
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}
		throw new IOException("redis-server did not answer on port " + port);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The proxied path as one of many users, a different one on each call. */
	private static final class Users {

		private final Paths[] users = new Paths[USERS];

		private final AtomicInteger next = new AtomicInteger();

		Users(int port) {
			for (int i = 0; i < USERS; i++) {
				this.users[i] = Paths.proxiedAs(port, "bench-" + i);
			}
		}

		byte[] call() throws IOException, InterruptedException {
			return this.users[Math.floorMod(this.next.getAndIncrement(), USERS)].call();
		}

	}

	/**
	 * Part 7's measurements.
	 * @param memory the rounds with the in-memory store
	 * @param redis the rounds with the Redis store
	 * @param memoryFirstEvent time to first event, in-memory store
	 * @param redisFirstEvent time to first event, Redis store
	 * @param skipped why the part did not run, or {@code null}
	 */
	public record Result(List<LoadResult> memory, List<LoadResult> redis, @Nullable Latencies memoryFirstEvent,
			@Nullable Latencies redisFirstEvent, @Nullable String skipped) {

		static Result skipped(String why) {
			return new Result(List.of(), List.of(), null, null, why);
		}

		/**
		 * Add the part's table and target.
		 * @param report the report
		 */
		public void addTo(Report report) {
			StringBuilder table = new StringBuilder("### 7. The proxy's state in Redis vs in memory\n\n");
			if (this.skipped != null || this.memoryFirstEvent == null || this.redisFirstEvent == null) {
				report.section(table.append("Not run: ").append(this.skipped).append(".\n").toString());
				return;
			}
			table.append("Both apps with the per-user limits on (a rate limit too high to refuse, caps on calls and ")
				.append("streams in flight), " + CLIENTS + " clients spread over " + USERS + " users, Redis on loopback; ")
				.append("rounds taken in turns.\n\n")
				.append("| round | memory calls/s | redis calls/s | redis vs memory | memory p50 / p99 ms | redis p50 / p99 ms | errors |\n")
				.append("|---:|---:|---:|---:|---:|---:|---:|\n");
			double memoryTotal = 0;
			double redisTotal = 0;
			for (int i = 0; i < this.memory.size(); i++) {
				LoadResult m = this.memory.get(i);
				LoadResult r = this.redis.get(i);
				memoryTotal += m.throughput();
				redisTotal += r.throughput();
				table.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %s | %.2f / %.2f | %.2f / %.2f | %d |%n", i + 1,
						m.throughput(), r.throughput(), Report.ratio(r.throughput(), m.throughput()),
						m.latencies().percentileMicros(50) / 1000, m.latencies().percentileMicros(99) / 1000,
						r.latencies().percentileMicros(50) / 1000, r.latencies().percentileMicros(99) / 1000,
						m.errors() + r.errors()));
			}
			double added = (this.redisFirstEvent.percentileMicros(50) - this.memoryFirstEvent.percentileMicros(50)) / 1000;
			table.append(String.format(Locale.ROOT, "%nStreaming, 1 client: time to first event p50 / p99 memory %.2f / %.2f ms, "
					+ "redis %.2f / %.2f ms: **%+.2f ms** at p50 (%d streams each).%n",
					this.memoryFirstEvent.percentileMicros(50) / 1000, this.memoryFirstEvent.percentileMicros(99) / 1000,
					this.redisFirstEvent.percentileMicros(50) / 1000, this.redisFirstEvent.percentileMicros(99) / 1000, added,
					this.redisFirstEvent.count()));
			report.section(table.toString());
			double ratio = redisTotal / memoryTotal;
			report.target("proxy throughput with the Redis store, " + CLIENTS + " clients", "≥ 0.85x in-memory",
					Report.ratio(ratio), ratio >= 0.85);
		}

	}

}
