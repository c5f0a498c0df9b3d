package com.generalaugment.benchmarks.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.generalaugment.benchmarks.RunProfile;
import com.generalaugment.benchmarks.load.Latencies;
import com.generalaugment.benchmarks.load.LoadDriver;
import com.generalaugment.benchmarks.load.LoadDriver.LoadResult;
import com.generalaugment.benchmarks.report.Report;
import com.generalaugment.benchmarks.upstream.FixedReplies;
import com.generalaugment.benchmarks.upstream.FixedReplyServer.StreamShape;

/**
 * Part 3: the same load sent to the upstream directly, through the app's hand-written relay (the floor:
 * what the app's stack costs) and through its {@code /ai/responses} proxy, at 1 and 32 concurrent
 * clients, then the time to first event of a stream directly and through the proxy.
 */
public final class ProxyOverhead {

	/** The concurrencies measured. */
	static final int[] CLIENTS = { 1, 32 };

	private static final Duration SETTLE = Duration.ofSeconds(2);

	private ProxyOverhead() {
	}

	/**
	 * Run part 3.
	 * @param profile the durations
	 * @param upstream the fast upstream's base URL
	 * @param classpaths the app's class paths
	 * @param results the results folder (app log)
	 * @return the measurements
	 */
	public static Result run(RunProfile profile, String upstream, Classpaths classpaths, Path results) {
		try (AppProcess app = AppProcess.start(BenchApp.currentJava(), classpaths.withStarter(), BenchApp.jvmOptions(),
				BenchApp.arguments(upstream, false), results.resolve("app-part3.log"))) {
			Paths direct = Paths.direct(upstream);
			Paths proxied = Paths.proxied(app.port());
			Paths relayed = Paths.relayed(app.port());
			checkReply(proxied);
			checkReply(relayed);
			// The app's JIT needs about a minute of load on 2 cores; its streaming path is warmed apart.
			LoadDriver.run(32, Duration.ZERO, profile.loadWarmup(), proxied::call);
			LoadDriver.run(4, Duration.ZERO, profile.loadWarmup().dividedBy(4), proxied::stream);
			LoadDriver.run(32, Duration.ZERO, profile.loadWarmup().dividedBy(3), relayed::call);
			LoadDriver.run(32, Duration.ZERO, profile.loadWarmup().dividedBy(3), direct::call);
			List<Row> rows = new ArrayList<>();
			for (int clients : CLIENTS) {
				LoadResult viaDirect = LoadDriver.run(clients, SETTLE, profile.loadTime(), direct::call);
				LoadResult viaRelay = LoadDriver.run(clients, SETTLE, profile.loadTime(), relayed::call);
				LoadResult viaProxy = LoadDriver.run(clients, SETTLE, profile.loadTime(), proxied::call);
				rows.add(new Row(clients, viaDirect, viaRelay, viaProxy));
			}
			Duration streaming = profile.loadTime().dividedBy(2);
			return new Result(rows, firstEvents(direct, streaming), firstEvents(proxied, streaming));
		}
	}

	private static void checkReply(Paths path) {
		try {
			String reply = new String(path.call(), StandardCharsets.UTF_8);
			if (!reply.contains(FixedReplies.REPLY_TEXT.substring(0, 40))) {
				throw new IllegalStateException("The " + path.label() + " path answered without the reply text: " + reply);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("The " + path.label() + " path did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sequential streams for a while, after one second of warm-up; every one must carry every event. */
	static Latencies firstEvents(Paths path, Duration duration) {
		long[] samples = new long[1024];
		int count = 0;
		long warm = System.nanoTime() + Duration.ofSeconds(1).toNanos();
		long end = warm + duration.toNanos();
		int expected = StreamShape.FAST.deltas() + 2;
		try {
			while (System.nanoTime() < end) {
				boolean measuring = System.nanoTime() >= warm;
				Paths.StreamRead read = path.stream();
				if (read.events() != expected) {
					throw new IllegalStateException(path.label() + " stream carried " + read.events() + " events, not "
							+ expected);
				}
				if (measuring) {
					if (count == samples.length) {
						samples = Arrays.copyOf(samples, count * 2);
					}
					samples[count++] = read.firstEventNanos();
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(path.label() + " stream failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return Latencies.of(samples, count);
	}

	/**
	 * One concurrency, every way.
	 *
	 * @param clients the concurrent clients
	 * @param direct straight to the upstream
	 * @param relayed through the app's hand-written relay
	 * @param proxied through {@code /ai/responses}
	 */
	public record Row(int clients, LoadResult direct, LoadResult relayed, LoadResult proxied) {
	}

	/**
	 * Part 3's measurements.
	 *
	 * @param rows one per concurrency
	 * @param directFirstEvent time to first event, direct
	 * @param proxiedFirstEvent time to first event, through the proxy
	 */
	public record Result(List<Row> rows, Latencies directFirstEvent, Latencies proxiedFirstEvent) {

		/**
		 * Add the part's table and targets.
		 * @param report the report
		 */
		public void addTo(Report report) {
			StringBuilder table = new StringBuilder("### 3. Proxy overhead: `/ai/responses` vs the upstream directly\n\n")
				.append("HTTP Basic with a `{noop}` password (no BCrypt), rate limit off; the same JDK `HttpClient` load ")
				.append("driver on every path. *Relay* is the floor: a hand-written Spring MVC endpoint in the same app, ")
				.append("behind the same security, that forwards the body with a plain JDK `HttpClient` and copies the ")
				.append("reply back, with no checks at all; *proxy vs relay* is then the proxy's own cost.\n\n")
				.append("| clients | direct calls/s | relay calls/s | proxy calls/s | relay vs direct | proxy vs direct ")
				.append("| proxy vs relay | direct p50 / p99 ms | relay p50 / p99 ms | proxy p50 / p99 ms ")
				.append("| proxy added p50 / p99 ms | errors |\n")
				.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			for (Row row : this.rows) {
				Latencies d = row.direct().latencies();
				Latencies r = row.relayed().latencies();
				Latencies p = row.proxied().latencies();
				table.append(String.format(Locale.ROOT,
						"| %d | %,.0f | %,.0f | %,.0f | %s | %s | %s | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %d |%n",
						row.clients(), row.direct().throughput(), row.relayed().throughput(), row.proxied().throughput(),
						Report.ratio(row.relayed().throughput(), row.direct().throughput()),
						Report.ratio(row.proxied().throughput(), row.direct().throughput()),
						Report.ratio(row.proxied().throughput(), row.relayed().throughput()), ms(d.percentileMicros(50)),
						ms(d.percentileMicros(99)), ms(r.percentileMicros(50)), ms(r.percentileMicros(99)),
						ms(p.percentileMicros(50)), ms(p.percentileMicros(99)),
						ms(p.percentileMicros(50) - d.percentileMicros(50)), ms(p.percentileMicros(99) - d.percentileMicros(99)),
						row.direct().errors() + row.relayed().errors() + row.proxied().errors()));
			}
			double addedFirstEvent = ms(this.proxiedFirstEvent.percentileMicros(50) - this.directFirstEvent.percentileMicros(50));
			table.append(String.format(Locale.ROOT, "%nStreaming, 1 client, %d events per stream: time to first event "
					+ "p50 / p99 direct %.2f / %.2f ms, proxied %.2f / %.2f ms: **+%.2f ms** at p50 (%d streams each).%n",
					StreamShape.FAST.deltas() + 2, ms(this.directFirstEvent.percentileMicros(50)),
					ms(this.directFirstEvent.percentileMicros(99)), ms(this.proxiedFirstEvent.percentileMicros(50)),
					ms(this.proxiedFirstEvent.percentileMicros(99)), addedFirstEvent, this.proxiedFirstEvent.count()));
			report.section(table.toString());
			Row widest = this.rows.get(this.rows.size() - 1);
			double ratio = widest.proxied().throughput() / widest.direct().throughput();
			report.target("proxy throughput, " + widest.clients() + " clients", "≥ 0.70x direct", Report.ratio(ratio),
					ratio >= 0.7);
			report.target("added time to first streamed event", "< 5 ms",
					String.format(Locale.ROOT, "%.2f ms", addedFirstEvent), addedFirstEvent < 5);
		}

		private static double ms(double micros) {
			return micros / 1000.0;
		}

	}

}
