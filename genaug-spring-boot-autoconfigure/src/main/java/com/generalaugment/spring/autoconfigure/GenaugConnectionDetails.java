package com.generalaugment.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the General Augment clients connect and with which keys, after Boot's service-connection
 * pattern: by default the {@code genaug.*} properties supply them; the embedded mock (and
 * {@code @AutoConfigureGenaugMock} in tests) supplies its own, and an application may declare a bean of
 * its own to take them from elsewhere (a secret store, a test container).
 *
 * <p>A bean of this type that the application, a test or the mock declares makes both clients
 * configured, whether or not a key property is set. Values are read when the clients are built, so an
 * application processed ahead of time still takes its keys and URLs from the environment it starts in.
 */
public interface GenaugConnectionDetails extends ConnectionDetails {

	/**
	 * The base URL of the platform's API, such as {@code https://api.generalaugment.com}.
	 * @return the base URL
	 */
	String getBaseUrl();

	/**
	 * The project key the {@code GeneralAugmentClient} sends.
	 * @return the project key, or {@code null} when there is none
	 */
	@Nullable String getApiKey();

	/**
	 * The base URL the {@code AdminClient} calls; the API's by default.
	 * @return the admin base URL
	 */
	default String getAdminBaseUrl() {
		return getBaseUrl();
	}

	/**
	 * The admin key the {@code AdminClient} sends.
	 * @return the admin key, or {@code null} when there is none
	 */
	@Nullable String getAdminApiKey();

	/**
	 * The admin client's default project.
	 * @return the project id, or {@code null} for none
	 */
	default @Nullable String getProjectId() {
		return null;
	}

}
