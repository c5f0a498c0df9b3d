package com.generalaugment.client.verify;

import java.util.regex.Pattern;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How a verify run reaches the project: the client with the project's key for the checks that need it
 * (a response, memory store / search / profile / recall / delete), and the synthetic user, phone and
 * channel, with the platform CLI's defaults. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * VerificationReport report = admin.project("support-agent").verify(VerifyParams.builder()
 *     .projectClient(client)     // without it the project-key checks are SKIP
 *     .build());
 * }</pre>
 */
public final class VerifyParams {

	private static final Pattern VERIFICATION_ID = Pattern.compile("[0-9a-f]{12}");

	/** The CLI's synthetic user. */
	public static final String DEFAULT_USER = "genaug-verify-user";

	/** The CLI's synthetic phone number. */
	public static final String DEFAULT_PHONE = "+15550000000";

	/** The CLI's channel for the hosted test call. */
	public static final String DEFAULT_CHANNEL = "sms";

	/** The hosted test call's message. */
	public static final String DEFAULT_MESSAGE = "Hello from General Augment verify. Reply with a short greeting.";

	private final @Nullable GeneralAugmentClient projectClient;

	private final String user;

	private final String phoneE164;

	private final String channel;

	private final String message;

	private final @Nullable String dashboardBaseUrl;

	private final @Nullable String verificationId;

	private VerifyParams(Builder builder) {
		this.projectClient = builder.projectClient;
		this.user = Checks.requireText(builder.user, "user");
		this.phoneE164 = Checks.requireText(builder.phoneE164, "phoneE164");
		this.channel = Checks.requireText(builder.channel, "channel");
		this.message = Checks.requireText(builder.message, "message");
		this.dashboardBaseUrl = Checks.optionalText(builder.dashboardBaseUrl, "dashboardBaseUrl");
		if (builder.verificationId != null && !VERIFICATION_ID.matcher(builder.verificationId).matches()) {
			throw new IllegalArgumentException("verificationId must be 12 lowercase hex digits, was " + builder.verificationId);
		}
		this.verificationId = builder.verificationId;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the client with the project key, or {@code null} (the project-key checks are then SKIP) */
	public @Nullable GeneralAugmentClient projectClient() {
		return this.projectClient;
	}

	/** @return the synthetic user */
	public String user() {
		return this.user;
	}

	/** @return the synthetic phone of the hosted test call */
	public String phoneE164() {
		return this.phoneE164;
	}

	/** @return the channel of the hosted test call */
	public String channel() {
		return this.channel;
	}

	/** @return the hosted test call's message */
	public String message() {
		return this.message;
	}

	/** @return the dashboard's base URL, or {@code null} for the admin client's base URL */
	public @Nullable String dashboardBaseUrl() {
		return this.dashboardBaseUrl;
	}

	/** @return the run's id (12 hex) marking its memory fact, or {@code null} for a random one */
	public @Nullable String verificationId() {
		return this.verificationId;
	}

	@Override
	public String toString() {
		return "VerifyParams{projectClient=" + (this.projectClient != null) + ", user=" + this.user + ", phoneE164="
				+ this.phoneE164 + ", channel=" + this.channel + "}";
	}

	/**
	 * Builder of {@link VerifyParams}.
	 */
	public static final class Builder {

		private @Nullable GeneralAugmentClient projectClient;

		private String user = DEFAULT_USER;

		private String phoneE164 = DEFAULT_PHONE;

		private String channel = DEFAULT_CHANNEL;

		private String message = DEFAULT_MESSAGE;

		private @Nullable String dashboardBaseUrl;

		private @Nullable String verificationId;

		private Builder() {
		}

		/**
		 * The client with the project's key, for the checks that call the runtime API.
		 * @param projectClient the client, or {@code null} to skip those checks
		 * @return this builder
		 */
		public Builder projectClient(@Nullable GeneralAugmentClient projectClient) {
			this.projectClient = projectClient;
			return this;
		}

		/**
		 * The synthetic user (default {@value VerifyParams#DEFAULT_USER}).
		 * @param user the user id
		 * @return this builder
		 */
		public Builder user(String user) {
			this.user = user;
			return this;
		}

		/**
		 * The hosted test call's phone (default {@value VerifyParams#DEFAULT_PHONE}).
		 * @param phoneE164 the phone, E.164
		 * @return this builder
		 */
		public Builder phoneE164(String phoneE164) {
			this.phoneE164 = phoneE164;
			return this;
		}

		/**
		 * The hosted test call's channel (default {@value VerifyParams#DEFAULT_CHANNEL}).
		 * @param channel the channel
		 * @return this builder
		 */
		public Builder channel(String channel) {
			this.channel = channel;
			return this;
		}

		/**
		 * The hosted test call's message.
		 * @param message the message
		 * @return this builder
		 */
		public Builder message(String message) {
			this.message = message;
			return this;
		}

		/**
		 * The dashboard's base URL for the report's links (default: the admin client's base URL).
		 * @param dashboardBaseUrl the URL
		 * @return this builder
		 */
		public Builder dashboardBaseUrl(@Nullable String dashboardBaseUrl) {
			this.dashboardBaseUrl = dashboardBaseUrl;
			return this;
		}

		/**
		 * The run's id marking its memory fact (default: random), for a reproducible run.
		 * @param verificationId 12 lowercase hex digits
		 * @return this builder
		 */
		public Builder verificationId(@Nullable String verificationId) {
			this.verificationId = verificationId;
			return this;
		}

		/**
		 * Build the parameters.
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is blank or the verification id is not 12 hex digits
		 */
		public VerifyParams build() {
			return new VerifyParams(this);
		}

	}

}
