package com.generalaugment.client.memory;

import java.time.Instant;
import java.util.List;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The reply of {@code memory().delete} and {@code memory().purge}, as a read-only view over the JSON.
 * {@link #status()} is {@code deleted} or {@code not_found} for one fact and {@code purged} for a whole
 * user. An empty reply (HTTP 204) reads as an empty object: every accessor answers {@code null}, zero or
 * an empty list. Fields the SDK does not model stay reachable through {@link #raw()}.
 */
public final class MemoryDeletion {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public MemoryDeletion(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A memory deletion reply");
	}

	/** @return {@code deleted}, {@code not_found} or {@code purged} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return how many facts were removed ({@code 0} when not reported) */
	public long deletedCount() {
		return JsonValues.count(this.json, "deleted_count");
	}

	/** @return the ids of the removed facts, never {@code null} */
	public List<String> deletedIds() {
		return JsonValues.strings(this.json, "deleted_ids");
	}

	/** @return the deleted fact's id; {@code null} for a purge */
	public @Nullable String memoryId() {
		return JsonValues.string(this.json, "memory_id");
	}

	/** @return the app-owned user id */
	public @Nullable String userId() {
		return JsonValues.string(this.json, "user_id");
	}

	/** @return the platform's own id for the user */
	public @Nullable String generalAugmentUserId() {
		return JsonValues.string(this.json, "general_augment_user_id");
	}

	/** @return the deletion receipt to keep as evidence, or {@code null} when the platform sent none */
	public @Nullable Receipt receipt() {
		JsonNode receipt = this.json.get("receipt");
		if (receipt == null || !receipt.isObject()) {
			return null;
		}
		return new Receipt(JsonValues.string(receipt, "receipt_id"), JsonValues.string(receipt, "operation"),
				JsonValues.count(receipt, "deleted_count"), JsonValues.instant(receipt, "issued_at"), receipt);
	}

	/** @return the reply's whole JSON, unknown fields included (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "MemoryDeletion{status=" + status() + ", deletedCount=" + deletedCount() + ", userId=" + userId() + "}";
	}

	/**
	 * The platform's receipt for a deletion, for data-protection records.
	 *
	 * @param receiptId the receipt id
	 * @param operation what was deleted (one fact or a whole user)
	 * @param deletedCount how many facts were removed
	 * @param issuedAt when the receipt was issued, or {@code null} when unreadable
	 * @param raw the receipt's whole JSON
	 */
	public record Receipt(@Nullable String receiptId, @Nullable String operation, long deletedCount,
			@Nullable Instant issuedAt, JsonNode raw) {
	}

}
