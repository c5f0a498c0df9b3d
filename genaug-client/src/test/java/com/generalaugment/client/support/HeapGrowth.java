package com.generalaugment.client.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.locks.LockSupport;

/**
 * How far the used heap grew while some code ran: a thread of its own samples it every half millisecond
 * from a baseline taken after a garbage collection. Garbage counts as growth until it is collected, so the
 * figure is an upper bound of what the code held — what a test of a memory bound needs.
 */
public final class HeapGrowth {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private final long baseline;

	private final Thread sampler;

	private volatile boolean running = true;

	private volatile long peak;

	private HeapGrowth() {
		System.gc();
		this.baseline = used();
		this.peak = this.baseline;
		this.sampler = new Thread(this::sample, "heap-growth-sampler");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/**
	 * Run some code and measure the heap growth during it.
	 * @param code the code; its exception, if any, is the caller's to expect
	 * @return the largest growth seen, in bytes
	 */
	public static long during(Runnable code) throws InterruptedException {
		HeapGrowth growth = new HeapGrowth();
		try {
			code.run();
		}
		finally {
			growth.running = false;
			growth.sampler.join();
		}
		return Math.max(0, Math.max(growth.peak, used()) - growth.baseline);
	}

	private void sample() {
		while (this.running) {
			long used = used();
			if (used > this.peak) {
				this.peak = used;
			}
			LockSupport.parkNanos(500_000);
		}
	}

	private static long used() {
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

}
