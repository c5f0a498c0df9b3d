package com.generalaugment.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import com.generalaugment.benchmarks.contenders.Contender;
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

/**
 * Part 1: one {@code createResponse} round trip per operation, one shared client per contender (as an
 * application holds it), in sample-time mode so the run gives both the mean (hence ops/s) and the
 * percentiles. The upstream runs in the launching JVM, so {@code -prof gc} counts the client's
 * allocation only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {

	@Param({ "RAW", "GENAUG", "OPENAI" })
	String contender;

	private Contender client;

	@Setup(Level.Trial)
	public void start() {
		this.client = ContenderKind.valueOf(this.contender).create(Upstream.baseUrl());
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.client.close();
	}

	@Benchmark
	public String createResponse() {
		return this.client.createResponse();
	}

}
