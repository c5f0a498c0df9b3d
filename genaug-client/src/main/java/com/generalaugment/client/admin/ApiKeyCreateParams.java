package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A new API key ({@code admin.keys().create(...)}). Two kinds exist and are never mixed: a
 * <em>runtime</em> key (scopes {@code responses:create} and/or {@code runtime}) belongs to one project and
 * has a runtime mode; a <em>management</em> key (e.g. {@code admin}) has neither. Without scopes a key
 * with a project is a runtime key ({@code responses:create}, mode {@code test}), one without is a
 * management key ({@code admin}), as the platform's CLI decides.
 *
 * <pre>{@code
 * ApiKey key = admin.keys().create(ApiKeyCreateParams.builder()
 *     .name("mobile-backend")
 *     .projectId("project_123")
 *     .build());
 * secrets.put("GENAUG_API_KEY", key.rawKey());   // shown once
 * }</pre>
 */
public final class ApiKeyCreateParams {

	/** The scopes of a runtime key; every other scope is a management scope. */
	static final Set<String> RUNTIME_SCOPES = Set.of("responses:create", "runtime");

	private final String name;

	private final List<String> scopes;

	private final @Nullable String projectId;

	private final @Nullable String runtimeMode;

	private final @Nullable Instant expiresAt;

	private ApiKeyCreateParams(Builder builder) {
		this.name = Checks.requireText(builder.name, "name");
		this.projectId = Checks.optionalText(builder.projectId, "projectId");
		List<String> scopes = List.copyOf(builder.scopes);
		if (scopes.isEmpty()) {
			scopes = (this.projectId != null) ? List.of("responses:create") : List.of("admin");
		}
		scopes.forEach((scope) -> Checks.requireText(scope, "scope"));
		long runtime = scopes.stream().filter(RUNTIME_SCOPES::contains).count();
		if (runtime != 0 && runtime != scopes.size()) {
			throw new IllegalArgumentException("A key is either a runtime key (" + RUNTIME_SCOPES
					+ ") or a management key; scopes " + scopes + " mix the two");
		}
		this.scopes = scopes;
		if (runtime > 0) {
			if (this.projectId == null) {
				throw new IllegalArgumentException("A runtime key (scopes " + scopes + ") needs a projectId");
			}
			this.runtimeMode = (builder.runtimeMode != null) ? builder.runtimeMode : "test";
			if (!this.runtimeMode.equals("test") && !this.runtimeMode.equals("live")) {
				throw new IllegalArgumentException("runtimeMode must be test or live, was " + this.runtimeMode);
			}
		}
		else {
			if (builder.runtimeMode != null) {
				throw new IllegalArgumentException("A management key (scopes " + scopes + ") has no runtime mode");
			}
			this.runtimeMode = null;
		}
		this.expiresAt = builder.expiresAt;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the key's name */
	public String name() {
		return this.name;
	}

	/** @return the scopes to grant, defaults applied */
	public List<String> scopes() {
		return this.scopes;
	}

	/** @return the project of a runtime key, or {@code null} */
	public @Nullable String projectId() {
		return this.projectId;
	}

	/** @return {@code test} or {@code live} for a runtime key, {@code null} for a management key */
	public @Nullable String runtimeMode() {
		return this.runtimeMode;
	}

	/** @return when the key stops working, or {@code null} for never */
	public @Nullable Instant expiresAt() {
		return this.expiresAt;
	}

	/**
	 * The JSON body as sent on the wire.
	 * @param mapper the mapper
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		ObjectNode body = mapper.createObjectNode().put("name", this.name);
		body.set("scopes", mapper.valueToTree(this.scopes));
		if (this.projectId != null) {
			body.put("project_id", this.projectId);
		}
		if (this.runtimeMode != null) {
			body.put("runtime_mode", this.runtimeMode);
		}
		if (this.expiresAt != null) {
			body.put("expires_at", this.expiresAt.toString());
		}
		return body;
	}

	@Override
	public String toString() {
		return "ApiKeyCreateParams{name=" + this.name + ", scopes=" + this.scopes + ", projectId=" + this.projectId
				+ ", runtimeMode=" + this.runtimeMode + ", expiresAt=" + this.expiresAt + "}";
	}

	/**
	 * Builder of {@link ApiKeyCreateParams}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private List<String> scopes = List.of();

		private @Nullable String projectId;

		private @Nullable String runtimeMode;

		private @Nullable Instant expiresAt;

		private Builder() {
		}

		/**
		 * The key's name (required), shown in the dashboard.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * The scopes (default: {@code responses:create} with a project, else {@code admin}).
		 * @param scopes the scopes
		 * @return this builder
		 */
		public Builder scopes(List<String> scopes) {
			this.scopes = List.copyOf(scopes);
			return this;
		}

		/**
		 * The project a runtime key belongs to.
		 * @param projectId the project id
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
			return this;
		}

		/**
		 * {@code test} (default for a runtime key) or {@code live}.
		 * @param runtimeMode the mode
		 * @return this builder
		 */
		public Builder runtimeMode(@Nullable String runtimeMode) {
			this.runtimeMode = runtimeMode;
			return this;
		}

		/**
		 * When the key stops working (default: never).
		 * @param expiresAt the instant
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Instant expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * Build the parameters.
		 * @return the parameters
		 * @throws IllegalArgumentException when the name is blank, scopes mix runtime and management
		 * scopes, a runtime key has no project, or a management key has a runtime mode
		 */
		public ApiKeyCreateParams build() {
			return new ApiKeyCreateParams(this);
		}

	}

}
