package com.generalaugment.benchmarks.upstream;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The fixed-reply upstream every contender talks to: {@code POST /v1/responses} on loopback answers at
 * once with {@link FixedReplies#reply()}, or, when the body asks for {@code "stream":true}, with a stream
 * of {@link StreamShape#deltas()} delta events.
 *
 * <p>A raw HTTP/1.1 socket server, one thread per connection, every reply pre-rendered: a plain reply
 * is one read and one write, with {@code TCP_NODELAY} (trap 14) and no hand-over between threads, so
 * the time measured is the client's (or the proxy's), not this server's. Connections stay open until the
 * client closes them. A fast stream sends its first event in a chunk of its own (so the time to first
 * event means something) and the rest in 16 KB chunks; a slow stream sends one delta per
 * {@link StreamShape#interval()}.
 */
public final class FixedReplyServer implements AutoCloseable {

	private static final byte[] STREAM_TRUE = ascii("\"stream\":true");

	private static final byte[] STREAM_TRUE_SPACED = ascii("\"stream\": true");

	private static final byte[] NOT_FOUND = ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");

	private static final byte[] UNAUTHORIZED = ascii("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
			+ "Content-Length: 29\r\n\r\n{\"error\":{\"code\":\"no_auth\"}}\n");

	private static final byte[] LAST_CHUNK = ascii("0\r\n\r\n");

	private static final int CHUNK = 16 * 1024;

	private final StreamShape shape;

	private final ServerSocket socket;

	private final ExecutorService connections;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final byte[] reply;

	private final byte[] streamHead;

	private final byte[] streamRest;

	private final byte[][] slowDeltas;

	private final byte[] slowEnd;

	private final AtomicLong requests = new AtomicLong();

	private volatile boolean closed;

	private FixedReplyServer(StreamShape shape, int port) throws IOException {
		this.shape = shape;
		byte[] json = FixedReplies.reply();
		this.reply = concat(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length
				+ "\r\nX-Request-ID: req_01JQ7Z3K9V6M2D8R4T5Y1X0B7C\r\n\r\n"), json);
		this.streamHead = concat(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
				+ "X-Request-ID: req_01JQ7Z3K9V6M2D8R4T5Y1X0B7C\r\nTransfer-Encoding: chunked\r\n\r\n"),
				chunk(FixedReplies.createdEvent()));
		this.streamRest = chunked(FixedReplies.streamRest(shape.deltas()));
		this.slowDeltas = new byte[shape.deltas()][];
		for (int i = 0; i < shape.deltas(); i++) {
			this.slowDeltas[i] = chunk(FixedReplies.deltaEvent(i));
		}
		this.slowEnd = concat(chunk(FixedReplies.completedEvent(shape.deltas())), LAST_CHUNK);
		this.socket = new ServerSocket(port, 4096, InetAddress.getLoopbackAddress());
		this.connections = Executors.newCachedThreadPool(daemonThreads());
		Thread acceptor = new Thread(this::accept, "upstream-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Start a server on a free loopback port.
	 * @param shape the shape of streamed replies
	 * @return the running server
	 */
	public static FixedReplyServer start(StreamShape shape) {
		return start(shape, 0);
	}

	/**
	 * Start a server on a loopback port.
	 * @param shape the shape of streamed replies
	 * @param port the port, 0 for a free one
	 * @return the running server
	 */
	public static FixedReplyServer start(StreamShape shape, int port) {
		try {
			return new FixedReplyServer(shape, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the fixed-reply upstream", ex);
		}
	}

	/** @return the base URL, e.g. {@code http://127.0.0.1:34567} (append {@code /v1/responses}) */
	public String baseUrl() {
		return "http://" + this.socket.getInetAddress().getHostAddress() + ":" + this.socket.getLocalPort();
	}

	/** @return the streamed reply's shape */
	public StreamShape shape() {
		return this.shape;
	}

	/** @return how many requests were answered */
	public long requests() {
		return this.requests.get();
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// Closing anyway.
		}
		this.open.forEach(FixedReplyServer::closeQuietly);
		this.connections.shutdownNow();
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket connection = this.socket.accept();
				connection.setTcpNoDelay(true);
				this.open.add(connection);
				this.connections.execute(() -> serve(connection));
			}
			catch (IOException ex) {
				if (!this.closed) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
			OutputStream out = connection.getOutputStream();
			Request request;
			while ((request = Request.read(in)) != null) {
				this.requests.incrementAndGet();
				if (!request.isPostTo("/v1/responses")) {
					out.write(NOT_FOUND);
				}
				else if (request.authorization == null || !request.authorization.startsWith("Bearer ")) {
					out.write(UNAUTHORIZED);
				}
				else if (contains(request.body, STREAM_TRUE) || contains(request.body, STREAM_TRUE_SPACED)) {
					stream(out);
				}
				else {
					out.write(this.reply);
				}
				out.flush();
				if (request.close) {
					return;
				}
			}
		}
		catch (SocketException | EOFException ex) {
			// The client went away.
		}
		catch (IOException ex) {
			if (!this.closed) {
				throw new UncheckedIOException(ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.open.remove(connection);
		}
	}

	private void stream(OutputStream out) throws IOException, InterruptedException {
		out.write(this.streamHead);
		out.flush();
		if (this.shape.interval().isZero()) {
			out.write(this.streamRest);
			return;
		}
		for (byte[] delta : this.slowDeltas) {
			Thread.sleep(this.shape.interval().toMillis());
			out.write(delta);
			out.flush();
		}
		Thread.sleep(this.shape.interval().toMillis());
		out.write(this.slowEnd);
	}

	private static byte[] chunked(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + data.length / CHUNK * 8 + 32);
		for (int from = 0; from < data.length; from += CHUNK) {
			int length = Math.min(CHUNK, data.length - from);
			out.writeBytes(ascii(Integer.toHexString(length) + "\r\n"));
			out.write(data, from, length);
			out.writeBytes(ascii("\r\n"));
		}
		out.writeBytes(LAST_CHUNK);
		return out.toByteArray();
	}

	private static byte[] chunk(byte[] data) {
		return concat(concat(ascii(Integer.toHexString(data.length) + "\r\n"), data), ascii("\r\n"));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closing anyway.
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(null, task, "upstream-" + count.incrementAndGet(), 256 * 1024);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** The parts of an HTTP/1.1 request this server looks at. */
	private static final class Request {

		private String method = "";

		private String target = "";

		private @Nullable String authorization;

		private boolean close;

		private byte[] body = new byte[0];

		private boolean isPostTo(String path) {
			return "POST".equals(this.method) && (this.target.equals(path) || this.target.startsWith(path + "?"));
		}

		/** @return the next request, or {@code null} when the client closed the connection between requests */
		static @Nullable Request read(InputStream in) throws IOException {
			String requestLine = line(in);
			while (requestLine != null && requestLine.isEmpty()) {
				requestLine = line(in);
			}
			if (requestLine == null) {
				return null;
			}
			Request request = new Request();
			String[] parts = requestLine.split(" ");
			if (parts.length >= 2) {
				request.method = parts[0];
				request.target = parts[1];
			}
			long contentLength = 0;
			boolean chunked = false;
			String header;
			while ((header = line(in)) != null && !header.isEmpty()) {
				int colon = header.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).trim();
				switch (name) {
					case "content-length" -> contentLength = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "authorization" -> request.authorization = value;
					case "connection" -> request.close = value.equalsIgnoreCase("close");
					default -> {
						// Not needed for a fixed reply.
					}
				}
			}
			if (header == null) {
				throw new EOFException("Connection closed inside the headers");
			}
			request.body = chunked ? readChunked(in) : readFully(in, (int) contentLength);
			return request;
		}

		private static byte[] readChunked(InputStream in) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			while (true) {
				String size = line(in);
				if (size == null) {
					throw new EOFException("Connection closed inside a chunked body");
				}
				int semicolon = size.indexOf(';');
				int length = Integer.parseInt((semicolon < 0) ? size.trim() : size.substring(0, semicolon).trim(), 16);
				if (length == 0) {
					String trailer;
					while ((trailer = line(in)) != null && !trailer.isEmpty()) {
						// Trailers carry nothing this server needs.
					}
					return body.toByteArray();
				}
				body.writeBytes(readFully(in, length));
				line(in);
			}
		}

		private static byte[] readFully(InputStream in, int length) throws IOException {
			byte[] data = in.readNBytes(length);
			if (data.length < length) {
				throw new EOFException("Connection closed inside a body");
			}
			return data;
		}

		/** @return one line without its CRLF, or {@code null} at the end of the stream */
		private static @Nullable String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder(64);
			int b;
			while ((b = in.read()) != -1) {
				if (b == '\n') {
					int end = line.length();
					return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
				}
				line.append((char) b);
			}
			return (line.length() == 0) ? null : line.toString();
		}

	}

	/**
	 * The shape of a streamed reply.
	 *
	 * @param deltas the number of {@code response.output_text.delta} events
	 * @param interval the pause before each delta and before the end; {@link Duration#ZERO} sends all at once
	 */
	public record StreamShape(int deltas, Duration interval) {

		/** Part 2: 2,000 deltas as fast as the socket takes them. */
		public static final StreamShape FAST = new StreamShape(2000, Duration.ZERO);

		/** Part 4: 20 deltas, 100 ms apart (a slow model, about 2 s per stream). */
		public static final StreamShape SLOW = new StreamShape(20, Duration.ofMillis(100));

	}

}
