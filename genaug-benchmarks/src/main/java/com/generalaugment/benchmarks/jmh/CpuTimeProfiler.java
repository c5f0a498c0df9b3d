package com.generalaugment.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole fork per operation ({@code cpu.time.norm}, µs/op): the client's own threads,
 * the HTTP library's threads, the JIT and the GC. On a shared 2-core machine wall-clock times swing with
 * the neighbours; the CPU a contender burns per call is the steadier measure of its overhead, since the
 * upstream runs in another JVM.
 */
public final class CpuTimeProfiler implements InternalProfiler {

	private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private long startNanos;

	@Override
	public String getDescription() {
		return "Process CPU time per operation";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.startNanos = this.os.getProcessCpuTime();
	}

	@Override
	@SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw type.
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
			IterationResult result) {
		long cpuNanos = this.os.getProcessCpuTime() - this.startNanos;
		long ops = result.getMetadata().getAllOps();
		double perOp = (ops > 0) ? cpuNanos / 1_000.0 / ops : Double.NaN;
		return List.of(new ScalarResult("cpu.time.norm", perOp, "us/op", AggregationPolicy.AVG));
	}

}
