package com.generalaugment.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

import com.generalaugment.mock.platform.EventStreamReply.Chunk;
import com.github.tomakehurst.wiremock.common.InputStreamSource;

import wiremock.org.eclipse.jetty.server.HttpOutput;
import org.jspecify.annotations.Nullable;

/**
 * A streamed response body that reaches the client one chunk (one SSE event) at a time.
 *
 * <p>WireMock writes a stream body with {@link InputStream#transferTo(OutputStream)} into Jetty's
 * response stream, which buffers small writes; a plain stream would reach the client in one piece at the
 * end. This stream overrides {@code transferTo}: it pauses, writes a chunk and <em>flushes</em> Jetty's
 * stream, chunk by chunk, so each event leaves as its own HTTP chunk (no {@code Content-Length}). When the
 * reply asks for it, it then aborts Jetty's channel, which drops the connection without the final
 * chunk.
 *
 * <p>WireMock also reads every response body once for its request journal, with plain {@code read}
 * calls: those get all the bytes at once, without pauses or failure, so the journal neither blocks nor
 * breaks the stream.
 */
final class EventStreamBody implements InputStreamSource {

	private final List<Chunk> chunks;

	private static final Duration ABORT_GRACE = Duration.ofMillis(200);

	private final boolean abortAtEnd;

	EventStreamBody(List<Chunk> chunks, boolean abortAtEnd) {
		this.chunks = List.copyOf(chunks);
		this.abortAtEnd = abortAtEnd;
	}

	@Override
	public InputStream getStream() {
		return new PacedStream();
	}

	private final class PacedStream extends InputStream {

		private @Nullable InputStream snapshot;

		@Override
		public int read() throws IOException {
			return snapshot().read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return snapshot().read(buffer, offset, length);
		}

		@Override
		public long transferTo(OutputStream out) throws IOException {
			if (snapshot != null) {
				return snapshot.transferTo(out);
			}
			long written = 0;
			for (Chunk chunk : chunks) {
				pause(chunk.pauseBefore());
				out.write(chunk.bytes());
				out.flush();
				written += chunk.bytes().length;
			}
			if (abortAtEnd) {
				// Aborting may reset the connection, and a reset can discard bytes the client has not read
				// yet: give the flushed events time to arrive so the cut lands mid-event, not before them.
				pause(ABORT_GRACE);
				IOException cut = new IOException("stream-truncated: connection dropped mid-event on purpose");
				// An exception alone is not enough: WireMock closes the output stream on its way out, which
				// would end the chunked body cleanly. Aborting Jetty's channel drops the connection instead.
				if (out instanceof HttpOutput jettyOutput) {
					jettyOutput.getHttpChannel().abort(cut);
				}
				throw cut;
			}
			return written;
		}

		private InputStream snapshot() {
			if (snapshot == null) {
				ByteArrayOutputStream all = new ByteArrayOutputStream();
				chunks.forEach(chunk -> all.writeBytes(chunk.bytes()));
				snapshot = new ByteArrayInputStream(all.toByteArray());
			}
			return snapshot;
		}

		private void pause(Duration pause) throws IOException {
			if (pause.isZero()) {
				return;
			}
			try {
				Thread.sleep(pause.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("stream interrupted while pausing");
			}
		}

	}

}
