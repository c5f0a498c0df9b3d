package com.generalaugment.client.memory;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code DELETE /api/v1/agent/memory/{memory_id}?user_id=…}: one fact to forget, and
 * the user it belongs to. Immutable; build one with {@link #builder()} — named fields, so the two ids can
 * never be swapped.
 *
 * <pre>{@code
 * MemoryDeletion deletion = client.memory().delete(MemoryDeleteParams.builder()
 *     .memoryId(stored.memoryId())
 *     .userId("app-user-123")
 *     .build());
 * }</pre>
 */
public final class MemoryDeleteParams {

	private final String memoryId;

	private final String userId;

	private MemoryDeleteParams(Builder builder) {
		this.memoryId = Checks.requireText(builder.memoryId, "memoryId");
		this.userId = Checks.requireText(builder.userId, "userId");
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the fact's id */
	public String memoryId() {
		return this.memoryId;
	}

	/** @return the user the fact belongs to */
	public String userId() {
		return this.userId;
	}

	@Override
	public String toString() {
		return "MemoryDeleteParams{memoryId=" + this.memoryId + ", userId=" + this.userId + "}";
	}

	/**
	 * Builder of {@link MemoryDeleteParams}.
	 */
	public static final class Builder {

		private @Nullable String memoryId;

		private @Nullable String userId;

		private Builder() {
		}

		/**
		 * The fact's id (required).
		 * @param memoryId the id
		 * @return this builder
		 */
		public Builder memoryId(String memoryId) {
			this.memoryId = memoryId;
			return this;
		}

		/**
		 * The user the fact belongs to (required).
		 * @param userId the id
		 * @return this builder
		 */
		public Builder userId(String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * @return the parameters
		 * @throws IllegalArgumentException when an id is blank
		 */
		public MemoryDeleteParams build() {
			return new MemoryDeleteParams(this);
		}

	}

}
