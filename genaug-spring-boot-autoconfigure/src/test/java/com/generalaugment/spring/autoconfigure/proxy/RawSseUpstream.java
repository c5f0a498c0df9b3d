package com.generalaugment.spring.autoconfigure.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;

/**
 * A tiny platform stand-in on a raw socket that writes Server-Sent Events one at a time with pauses
 * and a flush each — what WireMock cannot do — and records, per user, when each event left and whether
 * a write failed because the proxy hung up.
 *
 * <p>The body's {@code input} is the script: {@code events:N:millis} streams N deltas that far apart
 * between {@code response.created} and {@code response.completed}; {@code error-mid} sends one delta,
 * then an {@code event: error}; {@code fail-503} answers 503 before any event; {@code hold:millis}
 * answers a plain JSON response after that long. Every pause watches the connection, so that the moment
 * the proxy closes it is recorded even while nothing is being written.
 */
final class RawSseUpstream implements AutoCloseable {

	private final ServerSocket server;

	private final ExecutorService connections = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "raw-sse-upstream");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Exchange> exchanges = new ConcurrentHashMap<>();

	RawSseUpstream() throws IOException {
		this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		this.connections.execute(this::acceptLoop);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getLocalPort();
	}

	int port() {
		return this.server.getLocalPort();
	}

	/**
	 * The exchange of a user (each test uses its own users).
	 * @param user the user sent upstream
	 * @return the exchange, or {@code null} before the request arrived
	 */
	Exchange exchange(String user) {
		return this.exchanges.get(user);
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.connections.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			socket.setTcpNoDelay(true);
			InputStream in = socket.getInputStream();
			String head = readHead(in);
			int length = contentLength(head);
			byte[] body = in.readNBytes(length);
			JsonNode request = ProxyHttp.json(new String(body, StandardCharsets.UTF_8));
			String user = request.get("user").stringValue();
			Exchange exchange = new Exchange(head, request, socket);
			Exchange earlier = this.exchanges.put(user, exchange);
			exchange.attempt = (earlier != null) ? earlier.attempt + 1 : 1;
			respond(socket.getOutputStream(), request.get("input").stringValue(), user, exchange);
		}
		catch (IOException ex) {
			// The peer went away before the request was read: nothing to record.
		}
	}

	private void respond(OutputStream out, String script, String user, Exchange exchange) {
		String responseId = "resp_stream_" + Integer.toHexString(user.hashCode());
		try {
			if (script.startsWith("hold:")) {
				exchange.pause(Long.parseLong(script.substring(5)));
				byte[] json = response(responseId, "completed", "held").getBytes(StandardCharsets.UTF_8);
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length
						+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				out.write(json);
				out.flush();
				exchange.finished = true;
				return;
			}
			if (script.equals("fail-503")) {
				byte[] error = "{\"detail\": {\"reason\": \"agent_failed\", \"message\": \"overloaded\"}}"
					.getBytes(StandardCharsets.UTF_8);
				out.write(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: "
						+ error.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				out.write(error);
				out.flush();
				return;
			}
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			int count = 1;
			long pause = 0;
			if (script.startsWith("events:")) {
				String[] parts = script.split(":");
				count = Integer.parseInt(parts[1]);
				pause = Long.parseLong(parts[2]);
			}
			int sequence = 0;
			send(out, exchange, "response.created", "{\"type\":\"response.created\",\"sequence_number\":" + sequence++
					+ ",\"response\":" + response(responseId, "in_progress", "") + "}");
			for (int i = 0; i < count; i++) {
				exchange.pause(pause);
				send(out, exchange, "response.output_text.delta",
						"{\"type\":\"response.output_text.delta\",\"sequence_number\":" + sequence++
								+ ",\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"w" + i + " \"}");
			}
			if (script.equals("echo-key")) {
				// A platform echoing the request's Authorization header, once as sent and once with its first
				// letter as a JSON unicode escape.
				String key = ProxyTestApplication.API_KEY;
				send(out, exchange, "response.output_text.delta", "{\"type\":\"response.output_text.delta\",\"delta\":\"Bearer "
						+ key + "\"}");
				send(out, exchange, "response.output_text.delta", "{\"type\":\"response.output_text.delta\",\"delta\":\"\\u"
						+ String.format("%04x", (int) key.charAt(0)) + key.substring(1) + "\"}");
			}
			if (script.equals("error-mid")) {
				send(out, exchange, "error", "{\"error\":{\"reason\":\"agent_failed\",\"message\":\"Agent crashed at "
						+ baseUrl() + " using Bearer " + ProxyTestApplication.API_KEY + "\",\"request_id\":\"req_up_err\"}}");
				return;
			}
			exchange.pause(pause);
			send(out, exchange, "response.completed", "{\"type\":\"response.completed\",\"sequence_number\":" + sequence
					+ ",\"response\":" + response(responseId, "completed", "done") + "}");
			exchange.finished = true;
		}
		catch (IOException ex) {
			exchange.writeFailedAt = System.nanoTime();
		}
	}

	private static String response(String id, String status, String text) {
		return "{\"id\":\"" + id + "\",\"object\":\"response\",\"status\":\"" + status + "\",\"model\":\"balanced\","
				+ "\"output\":[{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"status\":\"" + status
				+ "\",\"content\":[{\"type\":\"output_text\",\"text\":\"" + text + "\",\"annotations\":[]}]}],"
				+ "\"metadata\":{\"general_augment_request_id\":\"req_up_1\",\"general_augment_cost_usd\":0.0031}}";
	}

	private static void send(OutputStream out, Exchange exchange, String event, String data) throws IOException {
		out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
		exchange.sent.add(new Sent(event, data, System.nanoTime()));
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		int next;
		while (matched < 4 && (next = in.read()) != -1) {
			head.write(next);
			matched = (next == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : (next == '\r' ? 1 : 0);
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring(15).trim());
			}
		}
		throw new IllegalStateException("The SDK must send Content-Length: " + head);
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.connections.shutdownNow();
	}

	/** One event as written. */
	record Sent(String event, String data, long nanoTime) {
	}

	/** What happened to one user's request. */
	static final class Exchange {

		final String head;

		final JsonNode body;

		final List<Sent> sent = new CopyOnWriteArrayList<>();

		private final Socket socket;

		volatile boolean finished;

		volatile long writeFailedAt;

		/** When the proxy closed the connection while this side was pausing, {@code 0} if it did not. */
		volatile long peerClosedAt;

		/** 1 for a user's first request, 2 for a retry of it, … */
		volatile int attempt;

		Exchange(String head, JsonNode body, Socket socket) {
			this.head = head;
			this.body = body;
			this.socket = socket;
		}

		/** Wait, watching for the proxy closing the connection; a close ends the wait and is thrown. */
		void pause(long millis) throws IOException {
			long end = System.nanoTime() + millis * 1_000_000;
			while (true) {
				long left = (end - System.nanoTime()) / 1_000_000;
				if (left <= 0) {
					return;
				}
				this.socket.setSoTimeout((int) left);
				try {
					if (this.socket.getInputStream().read() == -1) {
						this.peerClosedAt = System.nanoTime();
						throw new IOException("The proxy closed the connection");
					}
				}
				catch (SocketTimeoutException ex) {
					return;
				}
				catch (SocketException ex) {
					this.peerClosedAt = System.nanoTime();
					throw ex;
				}
			}
		}

	}

}
