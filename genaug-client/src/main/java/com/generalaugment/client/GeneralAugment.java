package com.generalaugment.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this SDK. Include {@link #VERSION} in health checks and support bundles so operators can
 * connect traces to the shipped client.
 */
public final class GeneralAugment {

	/** The SDK version, from the build (e.g. {@code 0.1.0}). */
	public static final String VERSION = readVersion();

	/** The {@code User-Agent} sent with every request: {@code genaug-java/<version>}. */
	public static final String USER_AGENT = "genaug-java/" + VERSION;

	/** The platform's base URL. */
	public static final String DEFAULT_BASE_URL = "https://api.generalaugment.com";

	private GeneralAugment() {
	}

	private static String readVersion() {
		try (InputStream in = GeneralAugment.class.getResourceAsStream("genaug-version.properties")) {
			if (in == null) {
				throw new IllegalStateException("genaug-version.properties is missing from the SDK jar");
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
