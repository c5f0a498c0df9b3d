package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code PATCH /api/v1/admin/keys/{id}}: only the fields set are sent; scopes replace the
 * key's scopes; {@link Builder#clearExpiry()} sends {@code expires_at: null}, so the key never expires.
 *
 * <pre>{@code
 * admin.keys().update(keyId, ApiKeyUpdate.builder().name("ci (rotated)").clearExpiry().build());
 * }</pre>
 */
public final class ApiKeyUpdate {

	private final Map<String, @Nullable Object> fields;

	private ApiKeyUpdate(Map<String, @Nullable Object> fields) {
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("An API key update must change at least one field");
		}
		this.fields = new LinkedHashMap<>(fields);
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The JSON body as sent on the wire.
	 * @param mapper the mapper
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		return Values.patchBody(this.fields, mapper);
	}

	@Override
	public String toString() {
		return "ApiKeyUpdate" + this.fields;
	}

	/**
	 * Builder of {@link ApiKeyUpdate}.
	 */
	public static final class Builder {

		private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * A new name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.fields.put("name", Checks.requireText(name, "name"));
			return this;
		}

		/**
		 * New scopes, replacing the key's.
		 * @param scopes the scopes
		 * @return this builder
		 */
		public Builder scopes(List<String> scopes) {
			this.fields.put("scopes", List.copyOf(scopes));
			return this;
		}

		/**
		 * A new expiry.
		 * @param expiresAt the instant
		 * @return this builder
		 */
		public Builder expiresAt(Instant expiresAt) {
			this.fields.put("expires_at", expiresAt.toString());
			return this;
		}

		/**
		 * Remove the expiry: the key never expires.
		 * @return this builder
		 */
		public Builder clearExpiry() {
			this.fields.put("expires_at", null);
			return this;
		}

		/**
		 * Build the update.
		 * @return the update
		 * @throws IllegalArgumentException when nothing is set
		 */
		public ApiKeyUpdate build() {
			return new ApiKeyUpdate(this.fields);
		}

	}

}
