package com.generalaugment.spring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the General Augment clients ({@code genaug.*}). The platform's documented environment
 * variables ({@code GENAUG_API_KEY}, {@code GENAUG_API_BASE_URL}, {@code GENAUG_ADMIN_API_KEY},
 * {@code GENAUG_ADMIN_BASE_URL}, {@code GENAUG_PROJECT_ID}) set the matching properties and rank like any
 * operating-system environment variable.
 */
@ConfigurationProperties("genaug")
public class GenaugProperties implements Validator {

	/** Project key, sent as a Bearer token; the GeneralAugmentClient bean exists only when it is set. */
	private @Nullable String apiKey;

	/** Base URL of the General Augment API. */
	private String baseUrl = "https://api.generalaugment.com";

	/** Default project of the admin client's project-scoped helpers. */
	private @Nullable String projectId;

	/** Timeout of one attempt of a call, a stream's whole body included; 0 disables it. */
	private Duration timeout = Duration.ofSeconds(60);

	/** How many times a failed call is retried; 0 disables retries. */
	private int maxRetries = 2;

	/**
	 * Largest whole reply the clients accept; a larger one fails with reason response_too_large and its
	 * connection is dropped unread.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(16);

	/**
	 * Largest single event of a stream the client accepts; a larger one fails the stream with reason
	 * response_too_large.
	 */
	private DataSize maxStreamEventSize = DataSize.ofMegabytes(1);

	/** Admin (management) client. */
	private final Admin admin = new Admin();

	/** Health indicator. */
	private final Health health = new Health();

	/** Embedded mock for local development. */
	private final Mock mock = new Mock();

	private final Ssl ssl = new Ssl();

	@Override
	public boolean supports(Class<?> type) {
		return GenaugProperties.class.isAssignableFrom(type) || Health.class.isAssignableFrom(type);
	}

	/** Checked by Boot while it binds {@code genaug.*}: a value with no meaning fails start-up. */
	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof Health health) {
			GenaugPropertyRules.duration(errors, "timeout", health.getTimeout(), null);
			GenaugPropertyRules.duration(errors, "cacheTtl", health.getCacheTtl(), "disables caching");
			GenaugPropertyRules.duration(errors, "failureCacheTtl", health.getFailureCacheTtl(), "disables caching");
			return;
		}
		GenaugProperties properties = (GenaugProperties) target;
		GenaugPropertyRules.duration(errors, "timeout", properties.getTimeout(), "disables the timeout");
		GenaugPropertyRules.atLeast(errors, "maxRetries", properties.getMaxRetries(), 0, "0 means no retries");
		GenaugPropertyRules.size(errors, "maxResponseSize", properties.getMaxResponseSize());
		GenaugPropertyRules.size(errors, "maxStreamEventSize", properties.getMaxStreamEventSize());
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getProjectId() {
		return this.projectId;
	}

	public void setProjectId(@Nullable String projectId) {
		this.projectId = projectId;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public int getMaxRetries() {
		return this.maxRetries;
	}

	public void setMaxRetries(int maxRetries) {
		this.maxRetries = maxRetries;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public DataSize getMaxStreamEventSize() {
		return this.maxStreamEventSize;
	}

	public void setMaxStreamEventSize(DataSize maxStreamEventSize) {
		this.maxStreamEventSize = maxStreamEventSize;
	}

	public Admin getAdmin() {
		return this.admin;
	}

	public Health getHealth() {
		return this.health;
	}

	public Mock getMock() {
		return this.mock;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	/**
	 * Settings of the admin client ({@code genaug.admin.*}).
	 */
	public static class Admin {

		/** Admin (management) key, sent as X-Admin-Key; the AdminClient bean exists only when it is set. */
		private @Nullable String apiKey;

		/** Base URL of the admin API; defaults to genaug.base-url. */
		private @Nullable String baseUrl;

		public @Nullable String getApiKey() {
			return this.apiKey;
		}

		public void setApiKey(@Nullable String apiKey) {
			this.apiKey = apiKey;
		}

		public @Nullable String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(@Nullable String baseUrl) {
			this.baseUrl = baseUrl;
		}

	}

	/**
	 * Settings of the {@code genaug} health indicator ({@code genaug.health.*}); switch it off with
	 * {@code management.health.genaug.enabled=false}.
	 */
	public static class Health {

		/** Timeout of one probe of the API's /health/ready endpoint. */
		private Duration timeout = Duration.ofSeconds(3);

		/** How long a successful probe result is reused. */
		private Duration cacheTtl = Duration.ofSeconds(30);

		/** How long a failed probe result is reused, short so that start-up hiccups clear fast. */
		private Duration failureCacheTtl = Duration.ofSeconds(2);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public Duration getFailureCacheTtl() {
			return this.failureCacheTtl;
		}

		public void setFailureCacheTtl(Duration failureCacheTtl) {
			this.failureCacheTtl = failureCacheTtl;
		}

	}

	/**
	 * Settings of the embedded mock ({@code genaug.mock.*}).
	 */
	public static class Mock {

		/**
		 * Whether to start the embedded mock (needs genaug-mock on the classpath) and point both clients at
		 * it; ignored, with a warning, when a key is configured.
		 */
		private boolean enabled;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * TLS settings of both clients ({@code genaug.ssl.*}).
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) whose trust material and key the clients use, for a
		 * corporate CA or mutual TLS. Overrides spring.http.clients.ssl.bundle for the General Augment
		 * clients.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

}
