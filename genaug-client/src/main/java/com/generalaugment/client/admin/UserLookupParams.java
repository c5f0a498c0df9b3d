package com.generalaugment.client.admin;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Which identity link to resolve or remove: a phone number, and optionally the provider. Immutable;
 * build one with {@link #builder()}.
 *
 * <pre>{@code
 * UserLink link = admin.project("project_123").identity().resolve(UserLookupParams.builder()
 *     .phoneE164("+15551234567")
 *     .providerName("app")
 *     .build());
 * }</pre>
 */
public final class UserLookupParams {

	private final String phoneE164;

	private final @Nullable String providerName;

	private UserLookupParams(Builder builder) {
		this.phoneE164 = Checks.requireText(builder.phoneE164, "phoneE164");
		this.providerName = Checks.optionalText(builder.providerName, "providerName");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the phone number, E.164 */
	public String phoneE164() {
		return this.phoneE164;
	}

	/** @return the provider, or {@code null} for any */
	public @Nullable String providerName() {
		return this.providerName;
	}

	@Override
	public String toString() {
		return "UserLookupParams{phoneE164=" + this.phoneE164 + ", providerName=" + this.providerName + "}";
	}

	/**
	 * Builder of {@link UserLookupParams}.
	 */
	public static final class Builder {

		private @Nullable String phoneE164;

		private @Nullable String providerName;

		private Builder() {
		}

		/**
		 * The phone number, E.164 (required).
		 * @param phoneE164 the value
		 * @return this builder
		 */
		public Builder phoneE164(String phoneE164) {
			this.phoneE164 = phoneE164;
			return this;
		}

		/**
		 * The provider, or {@code null} for any.
		 * @param providerName the value
		 * @return this builder
		 */
		public Builder providerName(@Nullable String providerName) {
			this.providerName = providerName;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public UserLookupParams build() {
			return new UserLookupParams(this);
		}

	}

}
