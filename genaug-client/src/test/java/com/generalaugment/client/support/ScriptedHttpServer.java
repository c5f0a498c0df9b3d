package com.generalaugment.client.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 server for transport tests that WireMock cannot express: it serves one connection at
 * a time on a single thread (so a leaked connection blocks the next call), and a script writes the
 * reply byte by byte with flushes and pauses (so a test can watch events arrive one by one, stall a
 * body, or end a stream by closing the connection).
 */
public final class ScriptedHttpServer implements AutoCloseable {

	/** Writes one reply. */
	@FunctionalInterface
	public interface Script {

		void reply(Exchange exchange) throws Exception;

		/**
		 * A 200 JSON reply whose headers come at once but whose body stops after ten bytes for five seconds.
		 * @param json the body it announces
		 * @return the script
		 */
		static Script stallingBody(String json) {
			return (exchange) -> {
				exchange.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length()
						+ "\r\n\r\n" + json.substring(0, 10));
				exchange.pause(5000);
			};
		}

	}

	/** One request and the means to answer it. */
	public static final class Exchange {

		private final String requestHead;

		private final byte[] requestBody;

		private final OutputStream out;

		Exchange(String requestHead, byte[] requestBody, OutputStream out) {
			this.requestHead = requestHead;
			this.requestBody = requestBody;
			this.out = out;
		}

		public String requestHead() {
			return this.requestHead;
		}

		public String requestBody() {
			return new String(this.requestBody, StandardCharsets.UTF_8);
		}

		public void write(String text) throws IOException {
			this.out.write(text.getBytes(StandardCharsets.UTF_8));
			this.out.flush();
		}

		public void write(byte[] bytes, int length) throws IOException {
			this.out.write(bytes, 0, length);
		}

		public void pause(long millis) throws InterruptedException {
			Thread.sleep(millis);
		}

	}

	private final ServerSocket serverSocket;

	private final Script script;

	private final Thread thread;

	private final List<String> requestHeads = new CopyOnWriteArrayList<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger closedByClient = new AtomicInteger();

	public ScriptedHttpServer(Script script) throws IOException {
		// Backlog 1 and one serving thread: a second connection waits until the first is released.
		this.serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		this.script = script;
		this.thread = new Thread(this::serve, "scripted-http-server");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	public List<String> requestHeads() {
		return this.requestHeads;
	}

	public int connections() {
		return this.connections.get();
	}

	/** Connections the client closed while the script was still writing. */
	public int closedByClient() {
		return this.closedByClient.get();
	}

	private void serve() {
		while (!this.serverSocket.isClosed()) {
			try (Socket socket = this.serverSocket.accept()) {
				this.connections.incrementAndGet();
				socket.setTcpNoDelay(true);
				InputStream in = socket.getInputStream();
				OutputStream out = socket.getOutputStream();
				// Keep-alive: serve requests on this connection until the client closes it.
				while (true) {
					String head = readHead(in);
					if (head == null) {
						break;
					}
					this.requestHeads.add(head);
					byte[] body = in.readNBytes(contentLength(head));
					try {
						this.script.reply(new Exchange(head, body, out));
					}
					catch (SocketException ex) {
						this.closedByClient.incrementAndGet();
						break;
					}
					catch (IOException ex) {
						this.closedByClient.incrementAndGet();
						break;
					}
					if (head.toLowerCase(Locale.ROOT).contains("connection: close") || socket.isClosed()) {
						break;
					}
				}
			}
			catch (IOException ex) {
				// Server closed or client went away: serve the next connection.
			}
			catch (Exception ex) {
				// Script failure (e.g. interrupted): keep serving.
			}
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while ((b = in.read()) != -1) {
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r') ? 1 : 0;
			if (matched == 4) {
				return head.toString(StandardCharsets.ISO_8859_1);
			}
		}
		return null;
	}

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring(15).trim());
			}
		}
		return 0;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		this.thread.interrupt();
	}

}
