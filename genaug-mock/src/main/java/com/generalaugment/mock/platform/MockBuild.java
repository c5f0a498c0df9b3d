package com.generalaugment.mock.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The mock's own build identity, from a resource filtered by Maven, reported in the health body
 * ({@code version}, {@code build}) so a client's build-identity logic (contract §6) can be tested.
 */
public final class MockBuild {

	private static final String VERSION = load();

	private MockBuild() {
	}

	/**
	 * The artifact version, e.g. {@code 0.1.0-SNAPSHOT}.
	 *
	 * @return the version, {@code unknown} when the resource is missing
	 */
	public static String version() {
		return VERSION;
	}

	/**
	 * The build name reported by health: {@code genaug-mock-<version>}.
	 *
	 * @return the build name
	 */
	public static String build() {
		return "genaug-mock-" + VERSION;
	}

	private static String load() {
		try (InputStream in = MockBuild.class.getResourceAsStream("/com/generalaugment/mock/genaug-mock.properties")) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			String version = properties.getProperty("version", "unknown");
			return version.startsWith("${") ? "unknown" : version;
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
