package com.generalaugment.client.admin;

import java.util.Map;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Link a phone number to an app user id through an identity provider. Immutable; build one with
 * {@link #builder()}.
 *
 * <pre>{@code
 * UserLink link = admin.project("project_123").identity().link(UserLinkParams.builder()
 *     .phoneE164("+15551234567")
 *     .providerUserId("app-user-123")
 *     .build());
 * }</pre>
 */
public final class UserLinkParams {

	private final String phoneE164;

	private final String providerUserId;

	private final String providerName;

	private final Map<String, Object> metadata;

	private UserLinkParams(Builder builder) {
		this.phoneE164 = Checks.requireText(builder.phoneE164, "phoneE164");
		this.providerUserId = Checks.requireText(builder.providerUserId, "providerUserId");
		this.providerName = Checks.requireText(builder.providerName, "providerName");
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

	/** @return the user's id with the provider (the app-owned user id) */
	public String providerUserId() {
		return this.providerUserId;
	}

	/** @return the provider (default {@code app}) */
	public String providerName() {
		return this.providerName;
	}

	/** @return metadata stored with the link (empty by default) */
	public Map<String, Object> metadata() {
		return this.metadata;
	}

	@Override
	public String toString() {
		return "UserLinkParams{phoneE164=" + this.phoneE164 + ", providerUserId=" + this.providerUserId + ", providerName=" + this.providerName + ", metadata=" + this.metadata + "}";
	}

	/**
	 * Builder of {@link UserLinkParams}.
	 */
	public static final class Builder {

		private @Nullable String phoneE164;

		private @Nullable String providerUserId;

		private String providerName = Values.DEFAULT_PROVIDER_NAME;

		private Map<String, Object> metadata = Map.of();

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
		 * The user's id with the provider (the app-owned user id) (required).
		 * @param providerUserId the value
		 * @return this builder
		 */
		public Builder providerUserId(String providerUserId) {
			this.providerUserId = providerUserId;
			return this;
		}

		/**
		 * The provider (default {@code app}).
		 * @param providerName the value
		 * @return this builder
		 */
		public Builder providerName(String providerName) {
			this.providerName = providerName;
			return this;
		}

		/**
		 * Metadata stored with the link (empty by default).
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(Map<String, Object> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when a value is missing or out of range
		 */
		public UserLinkParams build() {
			return new UserLinkParams(this);
		}

	}

}
