package com.generalaugment.spring.proxy.redis;

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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real {@code redis-server} for a test, on a free loopback port, without persistence. It can be stopped
 * and started again on the same port, as an outage. Tests that need one call {@link #assumeInstalled()}
 * first, which skips them — never passes them — where the program is missing.
 */
public final class RedisServer implements AutoCloseable {

	private static final Path BINARY = Path.of("/usr/bin/redis-server");

	private final int port;

	private Process process;

	private RedisServer(int port) {
		this.port = port;
	}

	/** Skip the calling test unless {@code redis-server} is installed. */
	public static void assumeInstalled() {
		assumeTrue(Files.isExecutable(BINARY),
				"redis-server is not installed: apt-get update && apt-get install -y redis-server (.ci/run installs it)");
	}

	/**
	 * Start a server on a free port.
	 * @return the running server
	 * @throws IOException when it does not start
	 */
	public static RedisServer start() throws IOException {
		assumeInstalled();
		RedisServer server = new RedisServer(freePort());
		server.restart();
		return server;
	}

	/** @return the server's port */
	public int port() {
		return this.port;
	}

	/** @return {@code redis://127.0.0.1:<port>} */
	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	/**
	 * Start the server again after {@link #stop()}, on the same port, empty.
	 * @throws IOException when it does not start within 10 seconds
	 */
	public void restart() throws IOException {
		this.process = new ProcessBuilder(BINARY.toString(), "--port", String.valueOf(this.port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (ping()) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new IOException("redis-server exited with " + this.process.exitValue());
			}
			sleep(50);
		}
		throw new IOException("redis-server did not answer on port " + this.port + " within 10 s");
	}

	/** Stop the server, as an outage: clients see their connection drop and reconnects refused. */
	public void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void close() {
		stop();
	}

	private boolean ping() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			socket.setSoTimeout(500);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = new byte[7];
			int read = in.read(reply);
			return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
