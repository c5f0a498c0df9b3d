package com.generalaugment.client.admin;

import java.util.Map;
import java.util.Set;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Send a phone a magic link that proves who its owner is in the app: the phone, the user's identifier in
 * the app (email or username), the channel to send it on ({@code whatsapp}, {@code sms} or
 * {@code telegram}). Immutable; build one with {@link #builder()}.
 */
public final class MagicLinkParams {

	private static final Set<String> CHANNELS = Set.of("whatsapp", "sms", "telegram");

	private final String phoneE164;

	private final String userIdentifier;

	private final String providerName;

	private final String channel;

	private final Map<String, String> metadata;

	private MagicLinkParams(Builder builder) {
		this.phoneE164 = Checks.requireText(builder.phoneE164, "phoneE164");
		this.userIdentifier = Checks.requireText(builder.userIdentifier, "userIdentifier");
		this.providerName = Checks.requireText(builder.providerName, "providerName");
		if (!CHANNELS.contains(builder.channel)) {
			throw new IllegalArgumentException("channel must be one of " + CHANNELS + ", was " + builder.channel);
		}
		this.channel = builder.channel;
		this.metadata = Map.copyOf(builder.metadata);
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the phone number, E.164 */
	public String phoneE164() {
		return this.phoneE164;
	}

	/** @return the user's email or username in the app */
	public String userIdentifier() {
		return this.userIdentifier;
	}

	/** @return the provider (default {@code app}) */
	public String providerName() {
		return this.providerName;
	}

	/** @return the channel (default {@code whatsapp}) */
	public String channel() {
		return this.channel;
	}

	/** @return metadata sent along (text values, as the platform's CLI sends) */
	public Map<String, String> metadata() {
		return this.metadata;
	}

	@Override
	public String toString() {
		return "MagicLinkParams{phoneE164=" + this.phoneE164 + ", providerName=" + this.providerName + ", channel="
				+ this.channel + "}";
	}

	/**
	 * Builder of {@link MagicLinkParams}.
	 */
	public static final class Builder {

		private @Nullable String phoneE164;

		private @Nullable String userIdentifier;

		private String providerName = Values.DEFAULT_PROVIDER_NAME;

		private String channel = "whatsapp";

		private Map<String, String> metadata = Map.of();

		private Builder() {
		}

		/**
		 * The phone number (required), E.164.
		 * @param phoneE164 the phone
		 * @return this builder
		 */
		public Builder phoneE164(String phoneE164) {
			this.phoneE164 = phoneE164;
			return this;
		}

		/**
		 * The user's email or username in the app (required).
		 * @param userIdentifier the identifier
		 * @return this builder
		 */
		public Builder userIdentifier(String userIdentifier) {
			this.userIdentifier = userIdentifier;
			return this;
		}

		/**
		 * The identity provider (default {@code app}).
		 * @param providerName the provider
		 * @return this builder
		 */
		public Builder providerName(String providerName) {
			this.providerName = providerName;
			return this;
		}

		/**
		 * The channel to send the link on (default {@code whatsapp}).
		 * @param channel {@code whatsapp}, {@code sms} or {@code telegram}
		 * @return this builder
		 */
		public Builder channel(String channel) {
			this.channel = channel;
			return this;
		}

		/**
		 * Metadata sent along.
		 * @param metadata the metadata
		 * @return this builder
		 */
		public Builder metadata(Map<String, String> metadata) {
			this.metadata = Map.copyOf(metadata);
			return this;
		}

		/**
		 * Build the parameters.
		 * @return the parameters
		 * @throws IllegalArgumentException when a required value is blank or the channel is unknown
		 */
		public MagicLinkParams build() {
			return new MagicLinkParams(this);
		}

	}

}
