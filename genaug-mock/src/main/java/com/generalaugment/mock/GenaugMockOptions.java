package com.generalaugment.mock;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link GenaugMockServer} starts. Immutable; build one with {@link #builder()}, or use
 * {@link #defaults()}.
 */
public final class GenaugMockOptions {

	/** The port the standalone jar uses when none is given. */
	public static final int DEFAULT_STANDALONE_PORT = 8787;

	private final String host;

	private final int port;

	private final Set<String> apiKeys;

	private final Set<String> adminKeys;

	private final int containerThreads;

	private final int maxRequestJournalEntries;

	private final boolean logRequests;

	private GenaugMockOptions(Builder builder) {
		this.host = builder.host;
		this.port = builder.port;
		this.apiKeys = Set.copyOf(builder.apiKeys);
		this.adminKeys = Set.copyOf(builder.adminKeys);
		this.containerThreads = builder.containerThreads;
		this.maxRequestJournalEntries = builder.maxRequestJournalEntries;
		this.logRequests = builder.logRequests;
	}

	/**
	 * The defaults: {@code 127.0.0.1}, a random free port, any non-blank key accepted, 128 container
	 * threads, a request journal of 1000 entries, no request log.
	 *
	 * @return the default options
	 */
	public static GenaugMockOptions defaults() {
		return builder().build();
	}

	/**
	 * A builder starting from the defaults.
	 *
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The address the server binds to.
	 *
	 * @return the host, default {@code 127.0.0.1}
	 */
	public String host() {
		return host;
	}

	/**
	 * The port; 0 picks a free port.
	 *
	 * @return the port, default 0
	 */
	public int port() {
		return port;
	}

	/**
	 * The project keys accepted as {@code Authorization: Bearer}.
	 *
	 * @return the keys; empty (the default) accepts any non-blank key
	 */
	public Set<String> apiKeys() {
		return apiKeys;
	}

	/**
	 * The admin keys accepted as {@code X-Admin-Key}.
	 *
	 * @return the keys; empty (the default) accepts any non-blank key
	 */
	public Set<String> adminKeys() {
		return adminKeys;
	}

	/**
	 * Jetty's worker threads. Each open stream holds one for its whole duration.
	 *
	 * @return the thread count, default 128
	 */
	public int containerThreads() {
		return containerThreads;
	}

	/**
	 * How many requests WireMock's journal keeps for {@code verify(...)}; older ones are dropped.
	 *
	 * @return the bound, default 1000
	 */
	public int maxRequestJournalEntries() {
		return maxRequestJournalEntries;
	}

	/**
	 * Whether every request is logged to standard output as one line.
	 *
	 * @return {@code true} to log, default {@code false}
	 */
	public boolean logRequests() {
		return logRequests;
	}

	/** Builds {@link GenaugMockOptions}. Not thread-safe. */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private final Set<String> apiKeys = new LinkedHashSet<>();

		private final Set<String> adminKeys = new LinkedHashSet<>();

		private int containerThreads = 128;

		private int maxRequestJournalEntries = 1000;

		private boolean logRequests;

		private Builder() {
		}

		/**
		 * The address to bind to.
		 *
		 * @param host a host name or IP address, default {@code 127.0.0.1}
		 * @return this builder
		 */
		public Builder host(String host) {
			this.host = Objects.requireNonNull(host, "host");
			return this;
		}

		/**
		 * The port to listen on.
		 *
		 * @param port 1..65535, or 0 (the default) for a free port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be 0..65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Accepts only these project keys (401 {@code invalid_api_key} for others).
		 *
		 * @param keys the keys
		 * @return this builder
		 */
		public Builder apiKeys(String... keys) {
			this.apiKeys.addAll(Arrays.asList(keys));
			return this;
		}

		/**
		 * Accepts only these admin keys (401 {@code invalid_admin_key} for others).
		 *
		 * @param keys the keys
		 * @return this builder
		 */
		public Builder adminKeys(String... keys) {
			this.adminKeys.addAll(Arrays.asList(keys));
			return this;
		}

		/**
		 * Jetty's worker threads; raise it for load tests with many concurrent streams.
		 *
		 * @param threads at least 8, default 128
		 * @return this builder
		 */
		public Builder containerThreads(int threads) {
			if (threads < 8) {
				throw new IllegalArgumentException("containerThreads must be at least 8, was " + threads);
			}
			this.containerThreads = threads;
			return this;
		}

		/**
		 * The bound of WireMock's request journal.
		 *
		 * @param entries at least 1, default 1000
		 * @return this builder
		 */
		public Builder maxRequestJournalEntries(int entries) {
			if (entries < 1) {
				throw new IllegalArgumentException("maxRequestJournalEntries must be at least 1, was " + entries);
			}
			this.maxRequestJournalEntries = entries;
			return this;
		}

		/**
		 * Logs each request as one line on standard output.
		 *
		 * @param logRequests {@code true} to log, default {@code false}
		 * @return this builder
		 */
		public Builder logRequests(boolean logRequests) {
			this.logRequests = logRequests;
			return this;
		}

		/**
		 * Builds the options.
		 *
		 * @return the options
		 */
		public GenaugMockOptions build() {
			return new GenaugMockOptions(this);
		}

	}

}
