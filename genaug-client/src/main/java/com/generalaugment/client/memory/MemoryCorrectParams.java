package com.generalaugment.client.memory;

import java.util.Map;

import com.generalaugment.client.internal.Checks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Correct a remembered fact: the platform keeps the old fact (now {@code superseded}) and stores the new
 * text as a fact that supersedes it. Fields left unset are copied from the old fact. Immutable; build one
 * with {@link #builder()}.
 *
 * <pre>{@code
 * MemoryCorrection fixed = client.memory().correct(memoryId, MemoryCorrectParams.builder()
 *     .userId("app-user-123").fact("Prefers coffee, not tea").build());
 * }</pre>
 */
public final class MemoryCorrectParams {

	private final String userId;

	private final String fact;

	private final @Nullable String factType;

	private final @Nullable Double importanceScore;

	private final @Nullable String source;

	private final @Nullable Map<String, Object> metadata;

	private MemoryCorrectParams(Builder builder) {
		this.userId = Checks.requireText(builder.userId, "userId");
		this.fact = Checks.requireText(builder.fact, "fact").strip();
		this.factType = Values.factType(builder.factType, "factType");
		this.importanceScore = Values.unitInterval(builder.importanceScore, "importanceScore");
		this.source = Checks.optionalText(builder.source, "source");
		this.metadata = (builder.metadata != null) ? Map.copyOf(builder.metadata) : null;
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the app-owned user id */
	public String userId() {
		return this.userId;
	}

	/** @return the corrected text */
	public String fact() {
		return this.fact;
	}

	/** @return the fact type, or {@code null} to keep the old fact's */
	public @Nullable String factType() {
		return this.factType;
	}

	/** @return the importance, or {@code null} to keep the old fact's */
	public @Nullable Double importanceScore() {
		return this.importanceScore;
	}

	/** @return the source, or {@code null} to keep the old fact's */
	public @Nullable String source() {
		return this.source;
	}

	/** @return the metadata, or {@code null} to keep the old fact's */
	public @Nullable Map<String, Object> metadata() {
		return this.metadata;
	}

	/**
	 * The JSON body as sent on the wire.
	 * @param mapper the mapper
	 * @return the body
	 */
	public ObjectNode toJson(ObjectMapper mapper) {
		ObjectNode body = mapper.createObjectNode().put("user_id", this.userId).put("fact", this.fact);
		if (this.factType != null) {
			body.put("fact_type", this.factType);
		}
		if (this.importanceScore != null) {
			body.put("importance_score", this.importanceScore);
		}
		if (this.source != null) {
			body.put("source", this.source);
		}
		if (this.metadata != null) {
			body.set("metadata", mapper.valueToTree(this.metadata));
		}
		return body;
	}

	@Override
	public String toString() {
		// The fact is the user's data: only its size is shown.
		return "MemoryCorrectParams{userId=" + this.userId + ", factLength=" + this.fact.length() + ", factType="
				+ this.factType + "}";
	}

	/**
	 * Builder of {@link MemoryCorrectParams}.
	 */
	public static final class Builder {

		private @Nullable String userId;

		private @Nullable String fact;

		private @Nullable String factType;

		private @Nullable Double importanceScore;

		private @Nullable String source;

		private @Nullable Map<String, ?> metadata;

		private Builder() {
		}

		/**
		 * The app-owned user id (required).
		 * @param userId the user id
		 * @return this builder
		 */
		public Builder userId(String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * The corrected text (required).
		 * @param fact the text
		 * @return this builder
		 */
		public Builder fact(String fact) {
			this.fact = fact;
			return this;
		}

		/**
		 * The fact type: preference, fact, entity or summary.
		 * @param factType the type
		 * @return this builder
		 */
		public Builder factType(@Nullable String factType) {
			this.factType = factType;
			return this;
		}

		/**
		 * The importance between 0 and 1.
		 * @param importanceScore the importance
		 * @return this builder
		 */
		public Builder importanceScore(@Nullable Double importanceScore) {
			this.importanceScore = importanceScore;
			return this;
		}

		/**
		 * Where the correction comes from.
		 * @param source the source
		 * @return this builder
		 */
		public Builder source(@Nullable String source) {
			this.source = source;
			return this;
		}

		/**
		 * Metadata for the new fact.
		 * @param metadata the metadata
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, ?> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Build the parameters.
		 * @return the parameters
		 * @throws IllegalArgumentException when the user or fact is blank, or a value is out of range
		 */
		public MemoryCorrectParams build() {
			return new MemoryCorrectParams(this);
		}

	}

}
