package com.generalaugment.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import com.generalaugment.benchmarks.contenders.Contender;
import com.generalaugment.benchmarks.contenders.Contender.StreamOutcome;
import com.generalaugment.benchmarks.contenders.ContenderKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Part 2: one whole stream (2,002 events) per operation; events/s is 2,002 over the mean. The time to
 * first event of every measured stream goes to a {@link FirstEventLog}, which JMH has no result type for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StreamBenchmark {

	@Param({ "RAW", "GENAUG", "OPENAI" })
	String contender;

	private Contender client;

	private FirstEventLog firstEvents;

	private boolean measuring;

	@Setup(Level.Trial)
	public void start() {
		this.client = ContenderKind.valueOf(this.contender).create(Upstream.baseUrl());
		this.firstEvents = new FirstEventLog(this.contender);
	}

	@Setup(Level.Iteration)
	public void startIteration(IterationParams iteration) {
		this.measuring = iteration.getType() == IterationType.MEASUREMENT;
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.firstEvents.write();
		this.client.close();
	}

	@Benchmark
	public StreamOutcome streamResponse() {
		long start = System.nanoTime();
		StreamOutcome outcome = this.client.streamResponse();
		if (this.measuring) {
			this.firstEvents.add(outcome.firstEventNanos() - start);
		}
		return outcome;
	}

}
