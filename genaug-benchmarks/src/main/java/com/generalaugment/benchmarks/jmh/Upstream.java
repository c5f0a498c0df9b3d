package com.generalaugment.benchmarks.jmh;

/** Where the launching JVM's fixed-reply upstream listens, handed to the JMH forks as system properties. */
public final class Upstream {

	/** The system property with the upstream's base URL. */
	public static final String BASE_URL_PROPERTY = "genaug.bench.upstream";

	/** The system property with the folder the forks write side results to. */
	public static final String RESULTS_DIR_PROPERTY = "genaug.bench.results";

	private Upstream() {
	}

	static String baseUrl() {
		String url = System.getProperty(BASE_URL_PROPERTY);
		if (url == null) {
			throw new IllegalStateException("Run the benchmarks through BenchmarkMain, which starts the upstream ("
					+ BASE_URL_PROPERTY + " is not set)");
		}
		return url;
	}

}
