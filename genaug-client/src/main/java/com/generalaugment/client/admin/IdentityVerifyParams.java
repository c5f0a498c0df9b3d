package com.generalaugment.client.admin;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Complete an identity verification: the phone, and the code it received (a one-time code, a texted
 * code, or a magic link's state). Immutable; build one with {@link #builder()}.
 */
public final class IdentityVerifyParams {

	private final String phoneE164;

	private final String providerName;

	private final String code;

	private final @Nullable String providerUserId;

	private IdentityVerifyParams(Builder builder) {
		this.phoneE164 = Checks.requireText(builder.phoneE164, "phoneE164");
		this.providerName = Checks.requireText(builder.providerName, "providerName");
		this.code = Checks.requireText(builder.code, "code");
		this.providerUserId = Checks.optionalText(builder.providerUserId, "providerUserId");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the phone number, E.164 */
	public String phoneE164() {
		return this.phoneE164;
	}

	/** @return the provider (default {@code app}) */
	public String providerName() {
		return this.providerName;
	}

	/** @return the code the phone received */
	public String code() {
		return this.code;
	}

	/** @return the app's user id, or {@code null} to take the one of the pending challenge */
	public @Nullable String providerUserId() {
		return this.providerUserId;
	}

	@Override
	public String toString() {
		return "IdentityVerifyParams{phoneE164=" + this.phoneE164 + ", providerName=" + this.providerName + "}";
	}

	/**
	 * Builder of {@link IdentityVerifyParams}.
	 */
	public static final class Builder {

		private @Nullable String phoneE164;

		private String providerName = Values.DEFAULT_PROVIDER_NAME;

		private @Nullable String code;

		private @Nullable String providerUserId;

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
		 * The identity provider (default {@code app}).
		 * @param providerName the provider
		 * @return this builder
		 */
		public Builder providerName(String providerName) {
			this.providerName = providerName;
			return this;
		}

		/**
		 * The code (required): the one-time code, the texted code or the magic link's state.
		 * @param code the code
		 * @return this builder
		 */
		public Builder code(String code) {
			this.code = code;
			return this;
		}

		/**
		 * The app's user id, when the challenge did not name it.
		 * @param providerUserId the user id
		 * @return this builder
		 */
		public Builder providerUserId(@Nullable String providerUserId) {
			this.providerUserId = providerUserId;
			return this;
		}

		/**
		 * Build the parameters.
		 * @return the parameters
		 * @throws IllegalArgumentException when the phone, provider or code is blank
		 */
		public IdentityVerifyParams build() {
			return new IdentityVerifyParams(this);
		}

	}

}
