package com.generalaugment.spring.autoconfigure.proxy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.generalaugment.spring.autoconfigure.GenaugPropertyRules;
import com.generalaugment.spring.proxy.ProxyErrorFormat;
import com.generalaugment.spring.proxy.ProxyLimits;
import com.generalaugment.spring.proxy.ProxySettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the mobile proxy endpoint ({@code genaug.proxy.*}): a {@code POST} endpoint that apps call
 * instead of holding a platform key. Every limit applies per request or per resolved user.
 */
@ConfigurationProperties("genaug.proxy")
public class GenaugProxyProperties implements Validator {

	/** Whether to expose the proxy endpoint (needs a servlet web app and a GeneralAugmentClient bean). */
	private boolean enabled;

	/** Path of the proxy endpoint. */
	private String path = "/ai/responses";

	/** Model tier sent upstream unless the client asks for one listed in allowed-models. */
	private String model = "balanced";

	/** Model tiers a client may choose with the body's "model"; any other value is replaced by model. */
	private List<String> allowedModels = new ArrayList<>();

	/** Whether the client's "instructions" (and system/developer input messages) are passed on. */
	private boolean allowInstructions;

	/** Whether the body's "user" is trusted when no authenticated principal is present. */
	private boolean trustClientUser;

	/** Largest accepted request body; larger bodies get 413. */
	private DataSize maxBodySize = DataSize.ofKilobytes(64);

	/** Most characters of input text (all messages together), and of instructions. */
	private int maxInputChars = 8000;

	/** Most metadata entries a request may carry. */
	private int maxMetadataEntries = 16;

	/** Longest metadata key, in characters. */
	private int maxMetadataKeyChars = 64;

	/** Longest metadata value, in characters. */
	private int maxMetadataValueChars = 512;

	/** Most streams one user may have open at once; 0 means no cap. */
	private int maxConcurrentStreamsPerUser = 3;

	/**
	 * Most proxied calls, streaming or not, in flight on this instance; over it calls get 503 with
	 * Retry-After. 0 means no cap.
	 */
	private int maxInFlight = 256;

	/**
	 * Most proxied calls, streaming or not, one user may have in flight; over it calls get 429 with
	 * Retry-After. 0 means no cap.
	 */
	private int maxInFlightPerUser = 4;

	/**
	 * Longest silence on a relayed stream before the proxy writes an SSE comment, so that mobile networks
	 * and load balancers keep the connection and a client that went away is noticed. 0 switches it off.
	 */
	private Duration heartbeatInterval = Duration.ofSeconds(15);

	/**
	 * Longest time a streamed reply may stay open, in place of the client's genaug.timeout (which still
	 * bounds the wait for the stream to start). At the limit the client gets a last error event
	 * (upstream_timeout) and the platform call is closed.
	 */
	private Duration streamTimeout = Duration.ofMinutes(10);

	/**
	 * Most time a request body may take to arrive, counted from the request's headers; past it the call
	 * gets 408 request_timeout and the connection is closed. The body is read without holding a thread, so
	 * this bounds how long a slow client holds a connection and an admission slot.
	 */
	private Duration bodyReadTimeout = Duration.ofSeconds(10);

	/** Response metadata keys removed before a reply reaches the client (by default the cost). */
	private List<String> stripMetadata = new ArrayList<>(List.of("general_augment_cost_usd"));

	/**
	 * How error responses are written: platform (the platform's JSON, which its phone SDKs parse) or
	 * problem (RFC 9457 application/problem+json, with reason and request_id as extension members).
	 * Errors inside a stream keep the platform's shape.
	 */
	private ProxyErrorFormat errorFormat = ProxyErrorFormat.PLATFORM;

	/** Per-user rate limit. */
	private final RateLimit rateLimit = new RateLimit();

	/** Memory of which user received which response, checked for previous_response_id. */
	private final Conversations conversations = new Conversations();

	/** Cross-origin access for browser clients. */
	private final Cors cors = new Cors();

	/**
	 * Where the per-user state (rate limits, in-flight and stream slots, response ownership, token budgets)
	 * lives: memory (this instance only) or redis (shared by every instance, through the app's Spring Data
	 * Redis connection).
	 */
	private Store store = Store.MEMORY;

	/** The Redis store's settings (genaug.proxy.store=redis). */
	private final Redis redis = new Redis();

	/** Per-user spend budget. */
	private final Budget budget = new Budget();

	/**
	 * The checks and timings the proxy's handler runs with.
	 * @return the settings
	 */
	public ProxySettings toSettings() {
		return new ProxySettings(this.maxBodySize, this.maxInputChars, this.maxMetadataEntries, this.maxMetadataKeyChars,
				this.maxMetadataValueChars, this.allowInstructions, this.model, this.allowedModels, this.stripMetadata,
				this.bodyReadTimeout, this.streamTimeout, this.heartbeatInterval, this.errorFormat,
				this.budget.getTokensPerDay());
	}

	/**
	 * The per-user limits the state store enforces.
	 * @return the limits
	 */
	public ProxyLimits toLimits() {
		return new ProxyLimits(this.rateLimit.getRequestsPerMinute(), this.maxInFlightPerUser,
				this.maxConcurrentStreamsPerUser, Math.max(this.rateLimit.getMaxUsers(), this.conversations.getMaxUsers()),
				this.conversations.getMaxPerUser(), this.conversations.getTtl());
	}

	@Override
	public boolean supports(Class<?> type) {
		return GenaugProxyProperties.class.isAssignableFrom(type) || RateLimit.class.isAssignableFrom(type)
				|| Conversations.class.isAssignableFrom(type) || Cors.class.isAssignableFrom(type)
				|| Redis.class.isAssignableFrom(type) || Budget.class.isAssignableFrom(type);
	}

	/** Checked by Boot while it binds {@code genaug.proxy.*}: a limit with no meaning fails start-up. */
	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof RateLimit rateLimit) {
			GenaugPropertyRules.atLeast(errors, "requestsPerMinute", rateLimit.getRequestsPerMinute(), 0,
					"0 turns the limit off");
			GenaugPropertyRules.atLeast(errors, "maxUsers", rateLimit.getMaxUsers(), 1, null);
			return;
		}
		if (target instanceof Conversations conversations) {
			GenaugPropertyRules.atLeast(errors, "maxPerUser", conversations.getMaxPerUser(), 1, null);
			GenaugPropertyRules.atLeast(errors, "maxUsers", conversations.getMaxUsers(), 1, null);
			GenaugPropertyRules.duration(errors, "ttl", conversations.getTtl(), null);
			return;
		}
		if (target instanceof Redis redis) {
			GenaugPropertyRules.duration(errors, "timeout", redis.getTimeout(), null);
			if (redis.getLease().compareTo(Duration.ofSeconds(1)) < 0) {
				errors.rejectValue("lease", "genaug.lease", "must be at least 1s: it is renewed every third of it");
			}
			if (redis.getKeyPrefix().isBlank()) {
				errors.rejectValue("keyPrefix", "genaug.keyPrefix", "must not be blank: it keeps apps sharing a Redis apart");
			}
			return;
		}
		if (target instanceof Budget budget) {
			if (budget.getTokensPerDay() < 0) {
				errors.rejectValue("tokensPerDay", "genaug.tokensPerDay", "must not be negative; 0 turns the budget off");
			}
			return;
		}
		if (target instanceof Cors cors) {
			GenaugPropertyRules.duration(errors, "maxAge", cors.getMaxAge(), "disables preflight caching");
			return;
		}
		GenaugProxyProperties proxy = (GenaugProxyProperties) target;
		String path = proxy.getPath();
		if (!path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
			errors.rejectValue("path", "genaug.path", "must be a path starting with /, such as /ai/responses");
		}
		GenaugPropertyRules.oneOf(errors, "model", proxy.getModel(), GenaugPropertyRules.MODEL_TIERS);
		GenaugPropertyRules.allOf(errors, "allowedModels", proxy.getAllowedModels(), GenaugPropertyRules.MODEL_TIERS);
		GenaugPropertyRules.size(errors, "maxBodySize", proxy.getMaxBodySize());
		GenaugPropertyRules.atLeast(errors, "maxInputChars", proxy.getMaxInputChars(), 1, null);
		GenaugPropertyRules.atLeast(errors, "maxMetadataEntries", proxy.getMaxMetadataEntries(), 0,
				"0 refuses any metadata");
		GenaugPropertyRules.atLeast(errors, "maxMetadataKeyChars", proxy.getMaxMetadataKeyChars(), 1, null);
		GenaugPropertyRules.atLeast(errors, "maxMetadataValueChars", proxy.getMaxMetadataValueChars(), 1, null);
		GenaugPropertyRules.atLeast(errors, "maxConcurrentStreamsPerUser", proxy.getMaxConcurrentStreamsPerUser(), 0,
				"0 means no cap");
		GenaugPropertyRules.atLeast(errors, "maxInFlight", proxy.getMaxInFlight(), 0, "0 means no cap");
		GenaugPropertyRules.atLeast(errors, "maxInFlightPerUser", proxy.getMaxInFlightPerUser(), 0, "0 means no cap");
		GenaugPropertyRules.duration(errors, "heartbeatInterval", proxy.getHeartbeatInterval(),
				"switches heartbeats off");
		GenaugPropertyRules.duration(errors, "streamTimeout", proxy.getStreamTimeout(), null);
		GenaugPropertyRules.duration(errors, "bodyReadTimeout", proxy.getBodyReadTimeout(), null);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public String getModel() {
		return this.model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public List<String> getAllowedModels() {
		return this.allowedModels;
	}

	public void setAllowedModels(List<String> allowedModels) {
		this.allowedModels = allowedModels;
	}

	public boolean isAllowInstructions() {
		return this.allowInstructions;
	}

	public void setAllowInstructions(boolean allowInstructions) {
		this.allowInstructions = allowInstructions;
	}

	public boolean isTrustClientUser() {
		return this.trustClientUser;
	}

	public void setTrustClientUser(boolean trustClientUser) {
		this.trustClientUser = trustClientUser;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public int getMaxInputChars() {
		return this.maxInputChars;
	}

	public void setMaxInputChars(int maxInputChars) {
		this.maxInputChars = maxInputChars;
	}

	public int getMaxMetadataEntries() {
		return this.maxMetadataEntries;
	}

	public void setMaxMetadataEntries(int maxMetadataEntries) {
		this.maxMetadataEntries = maxMetadataEntries;
	}

	public int getMaxMetadataKeyChars() {
		return this.maxMetadataKeyChars;
	}

	public void setMaxMetadataKeyChars(int maxMetadataKeyChars) {
		this.maxMetadataKeyChars = maxMetadataKeyChars;
	}

	public int getMaxMetadataValueChars() {
		return this.maxMetadataValueChars;
	}

	public void setMaxMetadataValueChars(int maxMetadataValueChars) {
		this.maxMetadataValueChars = maxMetadataValueChars;
	}

	public int getMaxConcurrentStreamsPerUser() {
		return this.maxConcurrentStreamsPerUser;
	}

	public void setMaxConcurrentStreamsPerUser(int maxConcurrentStreamsPerUser) {
		this.maxConcurrentStreamsPerUser = maxConcurrentStreamsPerUser;
	}

	public int getMaxInFlight() {
		return this.maxInFlight;
	}

	public void setMaxInFlight(int maxInFlight) {
		this.maxInFlight = maxInFlight;
	}

	public int getMaxInFlightPerUser() {
		return this.maxInFlightPerUser;
	}

	public void setMaxInFlightPerUser(int maxInFlightPerUser) {
		this.maxInFlightPerUser = maxInFlightPerUser;
	}

	public Duration getHeartbeatInterval() {
		return this.heartbeatInterval;
	}

	public void setHeartbeatInterval(Duration heartbeatInterval) {
		this.heartbeatInterval = heartbeatInterval;
	}

	public Duration getStreamTimeout() {
		return this.streamTimeout;
	}

	public void setStreamTimeout(Duration streamTimeout) {
		this.streamTimeout = streamTimeout;
	}

	public Duration getBodyReadTimeout() {
		return this.bodyReadTimeout;
	}

	public void setBodyReadTimeout(Duration bodyReadTimeout) {
		this.bodyReadTimeout = bodyReadTimeout;
	}

	public List<String> getStripMetadata() {
		return this.stripMetadata;
	}

	public void setStripMetadata(List<String> stripMetadata) {
		this.stripMetadata = stripMetadata;
	}

	public ProxyErrorFormat getErrorFormat() {
		return this.errorFormat;
	}

	public void setErrorFormat(ProxyErrorFormat errorFormat) {
		this.errorFormat = errorFormat;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	public Conversations getConversations() {
		return this.conversations;
	}

	public Cors getCors() {
		return this.cors;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public Redis getRedis() {
		return this.redis;
	}

	public Budget getBudget() {
		return this.budget;
	}

	/**
	 * Where the proxy's per-user state lives.
	 */
	public enum Store {

		/** In this instance's memory: limits hold per instance. */
		MEMORY,

		/** In Redis, shared by every instance of the application. */
		REDIS

	}

	/**
	 * What the proxy does while Redis does not answer.
	 */
	public enum OnFailure {

		/** Refuse proxied calls with 503 and a short Retry-After; nothing reaches the platform. */
		FAIL_CLOSED,

		/** Carry on with this instance's own state (limits hold per instance), logged once per outage. */
		FAIL_OPEN

	}

	/**
	 * The Redis store ({@code genaug.proxy.redis.*}), on the application's Spring Data Redis connection.
	 */
	public static class Redis {

		/** How long one store call waits for Redis before the failure behaviour applies. */
		private Duration timeout = Duration.ofMillis(500);

		/** How long an in-flight or stream slot outlives an instance that stopped renewing it (renewed every third). */
		private Duration lease = Duration.ofSeconds(30);

		/** What the proxy does while Redis does not answer. */
		private OnFailure onFailure = OnFailure.FAIL_CLOSED;

		/** What every key starts with, so that several applications can share one Redis. */
		private String keyPrefix = "genaug:proxy:";

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getLease() {
			return this.lease;
		}

		public void setLease(Duration lease) {
			this.lease = lease;
		}

		public OnFailure getOnFailure() {
			return this.onFailure;
		}

		public void setOnFailure(OnFailure onFailure) {
			this.onFailure = onFailure;
		}

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

	}

	/**
	 * Per-user spend budget ({@code genaug.proxy.budget.*}).
	 */
	public static class Budget {

		/**
		 * Platform tokens one user may spend per UTC day, counted from each reply's usage (streams included)
		 * and shared through the store; over it the proxy answers 429 budget_exhausted until the next day. 0
		 * turns the budget off.
		 */
		private long tokensPerDay;

		public long getTokensPerDay() {
			return this.tokensPerDay;
		}

		public void setTokensPerDay(long tokensPerDay) {
			this.tokensPerDay = tokensPerDay;
		}

	}

	/**
	 * Per-user rate limit ({@code genaug.proxy.rate-limit.*}).
	 */
	public static class RateLimit {

		/** Requests one user may make per minute (a token bucket of that size); 0 turns the limit off. */
		private int requestsPerMinute = 30;

		/** Most users whose buckets the in-memory limiter keeps (least recently seen forgotten first). */
		private int maxUsers = 10_000;

		public int getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(int requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

		public int getMaxUsers() {
			return this.maxUsers;
		}

		public void setMaxUsers(int maxUsers) {
			this.maxUsers = maxUsers;
		}

	}

	/**
	 * The record of the responses returned to each user ({@code genaug.proxy.conversations.*}).
	 */
	public static class Conversations {

		/** Most recent response ids remembered per user; older ones can no longer be continued. */
		private int maxPerUser = 100;

		/** Most users remembered in memory (least recently seen forgotten first). */
		private int maxUsers = 10_000;

		/** How long a response stays continuable by its user (previous_response_id). */
		private Duration ttl = Duration.ofHours(24);

		public Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(Duration ttl) {
			this.ttl = ttl;
		}

		public int getMaxPerUser() {
			return this.maxPerUser;
		}

		public void setMaxPerUser(int maxPerUser) {
			this.maxPerUser = maxPerUser;
		}

		public int getMaxUsers() {
			return this.maxUsers;
		}

		public void setMaxUsers(int maxUsers) {
			this.maxUsers = maxUsers;
		}

	}

	/**
	 * CORS for browser clients ({@code genaug.proxy.cors.*}); off while no origin is listed.
	 */
	public static class Cors {

		/** Origins (patterns such as https://*.example.com allowed) that may call the proxy from a browser. */
		private List<String> allowedOrigins = new ArrayList<>();

		/** Whether browsers may send cookies or HTTP authentication with cross-origin calls. */
		private boolean allowCredentials;

		/** How long browsers may cache a preflight answer. */
		private Duration maxAge = Duration.ofMinutes(30);

		public List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		public boolean isAllowCredentials() {
			return this.allowCredentials;
		}

		public void setAllowCredentials(boolean allowCredentials) {
			this.allowCredentials = allowCredentials;
		}

		public Duration getMaxAge() {
			return this.maxAge;
		}

		public void setMaxAge(Duration maxAge) {
			this.maxAge = maxAge;
		}

	}

}
