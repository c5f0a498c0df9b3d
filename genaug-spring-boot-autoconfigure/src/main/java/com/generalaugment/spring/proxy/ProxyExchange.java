package com.generalaugment.spring.proxy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * One proxied call from the moment it goes asynchronous until it is answered: its body is read without
 * blocking, its platform call runs on a worker thread, and no container thread waits for either.
 *
 * <p>Several threads may answer — a container thread for a bad body, the timer for a body too slow, the
 * worker for the platform's reply, the lifecycle thread on shutdown — so every write happens under one
 * lock and nothing is written once the exchange is completed: a late write can never reach a recycled
 * response. Completion runs the end actions (freeing the caller's admission and stream slots) exactly once.
 *
 * <p>While the platform works, the client's connection is watched ({@link ProxyWatch}): a non-blocking read that meets the end
 * of the stream means the client hung up, and the platform call is aborted at once — its worker thread
 * interrupted (which cancels a JDK {@code HttpClient} exchange and stops retries) and its stream closed.
 * Containers tell an idle asynchronous request's disconnect to nobody, and only a read notices it; on a
 * container where that read never reports the end, the call simply runs to its own deadline.
 */
final class ProxyExchange implements AsyncListener {

	private static final Log logger = LogFactory.getLog(ProxyExchange.class);

	private final AsyncContext async;

	private final HttpServletResponse response;

	private final ServletInputStream in;

	private final String requestId;

	private final ProxyResponseWriter writer;

	private final Object writeLock = new Object();

	// Written under writeLock, except by the container's own completion, which must not wait for a write.
	private volatile boolean completed;

	// The watch reads the request's stream, which the container reuses for the next request once this one
	// is completed: it never reads after completion begins. Never held across a blocking call.
	private final Object watchLock = new Object();

	// Guarded by watchLock.
	private boolean completing;

	private final Object workerLock = new Object();

	// Guarded by workerLock: the thread running the platform call, to interrupt when the client leaves.
	private @Nullable Thread worker;

	private final List<Runnable> onEnd = new CopyOnWriteArrayList<>();

	private final List<Runnable> onClientGone = new CopyOnWriteArrayList<>();

	private final AtomicBoolean ended = new AtomicBoolean();

	private final AtomicBoolean gone = new AtomicBoolean();

	// Set while the body is being read: when it passes, the action answers 408.
	private volatile long readDeadlineNanos;

	private volatile @Nullable Runnable onReadDeadline;

	private volatile boolean watchingClient;

	private volatile @Nullable Runnable onShutdown;

	private volatile boolean shutdownRequested;

	ProxyExchange(AsyncContext async, String requestId, ProxyResponseWriter writer) throws IOException {
		this.async = async;
		this.response = (HttpServletResponse) async.getResponse();
		this.in = async.getRequest().getInputStream();
		this.requestId = requestId;
		this.writer = writer;
		async.addListener(this);
	}

	String requestId() {
		return this.requestId;
	}

	/**
	 * Run an action once, when the exchange ends (completed, failed or abandoned).
	 * @param action the action
	 */
	void onEnd(Runnable action) {
		this.onEnd.add(action);
		if (this.ended.get()) {
			// Ended while the action was being added: make sure it runs.
			if (this.onEnd.remove(action)) {
				action.run();
			}
		}
	}

	/**
	 * Abort the platform call when the client is gone.
	 * @param cancel what aborts it (closing its stream)
	 */
	void onClientGone(Runnable cancel) {
		this.onClientGone.add(cancel);
		if (this.gone.get()) {
			cancel.run();
		}
	}

	/**
	 * What to do when the application stops; without it the exchange is left to finish.
	 * @param action the action, run on the lifecycle thread: it must not block
	 */
	void onShutdown(Runnable action) {
		this.onShutdown = action;
		if (this.shutdownRequested) {
			action.run();
		}
	}

	/** The application is stopping: run the shutdown action, now or as soon as there is one. */
	void shutDown() {
		this.shutdownRequested = true;
		Runnable action = this.onShutdown;
		if (action != null) {
			action.run();
		}
	}

	boolean isClientGone() {
		return this.gone.get();
	}

	/**
	 * Give the body a deadline ({@link ProxyWatch} keeps it).
	 * @param deadlineNanos when it passes, in {@link System#nanoTime()} terms
	 * @param onExpiry what answers the call then
	 */
	void readDeadline(long deadlineNanos, Runnable onExpiry) {
		this.readDeadlineNanos = deadlineNanos;
		this.onReadDeadline = onExpiry;
	}

	/** The body is in (or refused): its deadline no longer applies. */
	void clearReadDeadline() {
		this.onReadDeadline = null;
	}

	/** Watch the client's connection from now on (the body is read), and abort the call when it is gone. */
	void watchClient() {
		this.watchingClient = true;
	}

	/**
	 * One look by the {@link ProxyWatch}: the body's deadline, then the client's connection.
	 * @param nowNanos the time of the sweep
	 */
	void check(long nowNanos) {
		Runnable expiry = this.onReadDeadline;
		if (expiry != null && nowNanos - this.readDeadlineNanos >= 0) {
			this.onReadDeadline = null;
			expiry.run();
			return;
		}
		if (this.watchingClient && !this.gone.get()) {
			checkClient();
		}
	}

	private void checkClient() {
		boolean hungUp;
		synchronized (this.watchLock) {
			if (this.completing) {
				return;
			}
			try {
				// The body is read, so anything "available" now is the end of the stream (or an error) that a
				// non-blocking read of the socket just met.
				hungUp = this.in.available() > 0;
			}
			catch (IOException | RuntimeException ex) {
				hungUp = true;
			}
		}
		if (hungUp) {
			clientGone();
		}
	}

	/** The client went away: abort the platform call, without writing anything more. */
	void clientGone() {
		if (!this.gone.compareAndSet(false, true)) {
			return;
		}
		logger.debug("Proxy client of request " + this.requestId + " went away; aborting the platform call");
		this.watchingClient = false;
		synchronized (this.workerLock) {
			if (this.worker != null) {
				this.worker.interrupt();
			}
		}
		for (Runnable cancel : this.onClientGone) {
			cancel.run();
		}
	}

	/**
	 * Run the platform call on the current (worker) thread, interruptible by {@link #clientGone()}. The
	 * interrupt is cleared before the thread is given back, so it can never reach another call.
	 * @param call the call
	 */
	void runInterruptibly(Runnable call) {
		synchronized (this.workerLock) {
			if (this.gone.get()) {
				return;
			}
			this.worker = Thread.currentThread();
		}
		try {
			call.run();
		}
		finally {
			synchronized (this.workerLock) {
				this.worker = null;
			}
			Thread.interrupted();
		}
	}

	/**
	 * Answer with JSON and complete.
	 * @param status the status
	 * @param body the body
	 */
	void respondJson(int status, byte[] body) {
		synchronized (this.writeLock) {
			if (!this.completed) {
				try {
					this.writer.writeJson(this.response, status, body);
				}
				catch (IOException | IllegalStateException ex) {
					logger.debug("The proxy client of request " + this.requestId + " went away before its answer", ex);
				}
			}
		}
		complete();
	}

	/**
	 * Answer with an error, unless the response is already committed, and complete.
	 * @param error the error
	 * @param closeConnection whether to close the connection (when the body was not read to its end)
	 */
	void respondError(ProxyError error, boolean closeConnection) {
		writeError(error, closeConnection);
		complete();
	}

	/**
	 * Answer with an error and send it at once, unless the response is already committed; the exchange
	 * stays open (for {@link ProxyDiscard} to read the rest of the body).
	 * @param error the error
	 * @param closeConnection whether to close the connection once the exchange completes
	 */
	void writeError(ProxyError error, boolean closeConnection) {
		synchronized (this.writeLock) {
			if (!this.completed && !this.response.isCommitted()) {
				try {
					if (closeConnection) {
						this.response.setHeader(HttpHeaders.CONNECTION, "close");
					}
					this.writer.writeError(this.response, error, this.requestId);
					this.response.flushBuffer();
				}
				catch (IOException | IllegalStateException ex) {
					logger.debug("The proxy client of request " + this.requestId + " went away before its answer", ex);
				}
			}
		}
	}

	/**
	 * Commit the response headers of a stream.
	 * @param headers sets them on the response
	 * @return {@code false} when the exchange is over or the client gone
	 */
	boolean commit(Consumer<HttpServletResponse> headers) {
		synchronized (this.writeLock) {
			if (this.completed) {
				return false;
			}
			try {
				headers.accept(this.response);
				this.response.flushBuffer();
				return true;
			}
			catch (IOException | IllegalStateException ex) {
				logger.debug("The proxy client of request " + this.requestId + " went away", ex);
				return false;
			}
		}
	}

	/**
	 * Write and flush bytes of a committed stream.
	 * @param bytes the bytes
	 * @return {@code false} when the exchange is over or the write failed (the client is gone)
	 */
	boolean send(byte[] bytes) {
		synchronized (this.writeLock) {
			if (this.completed) {
				return false;
			}
			try {
				ServletOutputStream out = this.response.getOutputStream();
				out.write(bytes);
				out.flush();
				return true;
			}
			catch (IOException | IllegalStateException ex) {
				logger.debug("The proxy client of request " + this.requestId + " went away", ex);
			}
		}
		clientGone();
		return false;
	}

	/** Complete the request and run the end actions; idempotent. */
	void complete() {
		synchronized (this.watchLock) {
			this.completing = true;
		}
		synchronized (this.writeLock) {
			if (!this.completed) {
				this.completed = true;
				try {
					this.async.complete();
				}
				catch (IllegalStateException ex) {
					// Already completed by the container (its error handling).
				}
			}
		}
		end();
	}

	private void end() {
		if (this.ended.compareAndSet(false, true)) {
			this.watchingClient = false;
			for (Runnable action : this.onEnd) {
				if (this.onEnd.remove(action)) {
					action.run();
				}
			}
		}
	}

	@Override
	public void onError(AsyncEvent event) {
		// The container saw the connection fail: nothing can be written any more.
		synchronized (this.watchLock) {
			this.completing = true;
		}
		clientGone();
		complete();
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		// The proxy keeps its own deadlines; the container's timeout is off.
		complete();
	}

	@Override
	public void onComplete(AsyncEvent event) {
		synchronized (this.watchLock) {
			this.completing = true;
		}
		this.completed = true;
		end();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

}
