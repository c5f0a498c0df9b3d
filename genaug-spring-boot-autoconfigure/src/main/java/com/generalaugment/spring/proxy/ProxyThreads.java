package com.generalaugment.spring.proxy;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The proxy's own threads, shut down with the application context so that neither the timer (and the
 * watch sweeping on it) nor idle call threads outlive it.
 *
 * <ul>
 * <li>The call threads: one for each call waiting on the platform, outside the MVC task executor, whose
 * default pool would make calls wait for each other (admission bounds how many there are). Platform
 * threads are pooled and kept for a minute: the JDK {@code HttpClient}'s first exchange on a new thread
 * costs about a millisecond more than on one it has sent from before. Virtual threads when the app runs
 * on them.</li>
 * <li>One timer thread for every call's deadline, client watch and heartbeat: each tick is a clock read or
 * a non-blocking read, rarely a tiny write.</li>
 * </ul>
 */
public final class ProxyThreads implements AutoCloseable {

	// A SimpleAsyncTaskExecutor for virtual threads (the JDK's own factory for them is Java 21+), else a pool.
	private final Executor calls;

	private final ScheduledThreadPoolExecutor timer;

	/**
	 * The proxy's threads.
	 * @param virtualThreads whether calls run on virtual threads (Java 21+)
	 */
	public ProxyThreads(boolean virtualThreads) {
		this.calls = virtualThreads ? virtualThreads()
				: new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
						daemons("genaug-proxy-call-"));
		this.timer = new ScheduledThreadPoolExecutor(1, daemons("genaug-proxy-timer-"));
		this.timer.setRemoveOnCancelPolicy(true);
	}

	Executor calls() {
		return this.calls;
	}

	ScheduledExecutorService timer() {
		return this.timer;
	}

	@Override
	public void close() {
		// Calls still in flight at this point were let finish by the proxy's shutdown, or are being cut.
		this.timer.shutdownNow();
		if (this.calls instanceof ThreadPoolExecutor pool) {
			pool.shutdown();
		}
		else if (this.calls instanceof SimpleAsyncTaskExecutor executor) {
			executor.close();
		}
	}

	private static SimpleAsyncTaskExecutor virtualThreads() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("genaug-proxy-call-");
		executor.setVirtualThreads(true);
		return executor;
	}

	private static ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
