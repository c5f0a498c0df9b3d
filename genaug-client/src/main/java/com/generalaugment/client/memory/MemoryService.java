package com.generalaugment.client.memory;

import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;

/**
 * Per-user memory ({@code /api/v1/agent/memory}): {@code client.memory()}. Facts stored for a user are
 * seen by later responses sent with the same {@code user}. Every method also takes
 * {@link RequestOptions} for one call; {@link #withOptions(RequestOptions)} gives a view whose calls all
 * carry them.
 *
 * <pre>{@code
 * client.memory().store(MemoryStoreParams.builder()
 *     .userId("app-user-123")
 *     .fact("User prefers window seats")
 *     .factType("preference")
 *     .build());
 * }</pre>
 *
 * <p>An interface so that an application's tests can stand in for it; the SDK's implementation is
 * thread-safe and shared by the client.
 */
public interface MemoryService {

	/**
	 * A view of this service whose calls carry the options (a call's own options win field by field).
	 * @param options the options
	 * @return the view
	 */
	MemoryService withOptions(RequestOptions options);

	/**
	 * Remember a fact about a user ({@code POST …/store}). Retried after a server error only when the
	 * parameters carry an {@code idempotencyKey} (the route reads it from the body, not from
	 * {@link RequestOptions#idempotencyKey()}).
	 * @param params the fact
	 * @return the stored fact
	 * @throws GeneralAugmentException on failure, after retries
	 */
	default MemoryStoreResult store(MemoryStoreParams params) {
		return store(params, RequestOptions.none());
	}

	/**
	 * Remember a fact about a user, with options for this call.
	 * @param params the fact
	 * @param options request id, trace context, timeout, headers
	 * @return the stored fact
	 * @throws GeneralAugmentException on failure, after retries
	 */
	MemoryStoreResult store(MemoryStoreParams params, RequestOptions options);

	/**
	 * Search a user's facts ({@code POST …/search}), best match first; retried like a read.
	 * @param params the user and filters
	 * @return the matching facts
	 * @throws GeneralAugmentException on failure, after retries
	 */
	default MemorySearchResult search(MemorySearchParams params) {
		return search(params, RequestOptions.none());
	}

	/**
	 * Search a user's facts, with options for this call.
	 * @param params the user and filters
	 * @param options request id, trace context, timeout, headers
	 * @return the matching facts
	 * @throws GeneralAugmentException on failure, after retries
	 */
	MemorySearchResult search(MemorySearchParams params, RequestOptions options);

	/**
	 * Read what the platform remembers about a user ({@code GET …/profile/{user_id}}).
	 * @param userId the app-owned user id
	 * @return the profile
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	default MemoryProfile profile(String userId) {
		return profile(MemoryProfileParams.builder().userId(userId).build(), RequestOptions.none());
	}

	/**
	 * Read what the platform remembers about a user, optionally within one agent run.
	 * @param params the user and agent run
	 * @return the profile
	 * @throws GeneralAugmentException on failure, after retries
	 */
	default MemoryProfile profile(MemoryProfileParams params) {
		return profile(params, RequestOptions.none());
	}

	/**
	 * Read what the platform remembers about a user, with options for this call.
	 * @param params the user and agent run
	 * @param options request id, trace context, timeout, headers
	 * @return the profile
	 * @throws GeneralAugmentException on failure, after retries
	 */
	MemoryProfile profile(MemoryProfileParams params, RequestOptions options);

	/**
	 * Forget one fact ({@code DELETE …/{memory_id}?user_id=…}). A fact already gone is not an error: the
	 * status is then {@code not_found}.
	 * @param params the fact and its user
	 * @return the outcome
	 * @throws GeneralAugmentException on failure, after retries
	 */
	default MemoryDeletion delete(MemoryDeleteParams params) {
		return delete(params, RequestOptions.none());
	}

	/**
	 * Forget one fact, with options for this call.
	 * @param params the fact and its user
	 * @param options request id, trace context, timeout, headers
	 * @return the outcome
	 * @throws GeneralAugmentException on failure, after retries
	 */
	MemoryDeletion delete(MemoryDeleteParams params, RequestOptions options);

	/**
	 * Forget everything about a user ({@code DELETE …/user/{user_id}}), e.g. for an erasure request; keep
	 * the returned receipt.
	 * @param userId the app-owned user id
	 * @return the outcome, with status {@code purged}
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	default MemoryDeletion purge(String userId) {
		return purge(userId, RequestOptions.none());
	}

	/**
	 * Forget everything about a user, with options for this call.
	 * @param userId the app-owned user id
	 * @param options request id, trace context, timeout, headers
	 * @return the outcome, with status {@code purged}
	 * @throws IllegalArgumentException when {@code userId} is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure, after retries
	 */
	MemoryDeletion purge(String userId, RequestOptions options);

	/**
	 * A fact's lineage: the fact and the facts that correct it.
	 * @param memoryId the fact's id
	 * @param userId the app-owned user id the fact belongs to
	 * @return the lineage
	 * @throws IllegalArgumentException when an id is blank (nothing is sent)
	 * @throws GeneralAugmentException on failure ({@code memory_not_found} when the user has no such fact)
	 */
	default MemoryLineage lineage(String memoryId, String userId) {
		return lineage(memoryId, userId, RequestOptions.none());
	}

	/**
	 * A fact's lineage, with options for this call.
	 * @param memoryId the fact's id
	 * @param userId the app-owned user id
	 * @param options request id, trace context, timeout, headers
	 * @return the lineage
	 */
	MemoryLineage lineage(String memoryId, String userId, RequestOptions options);

	/**
	 * Correct a fact: the old one is superseded by a new fact with the corrected text.
	 * @param memoryId the fact's id; it must be active
	 * @param params the user and the corrected text
	 * @return the correction, with the new fact's id
	 * @throws GeneralAugmentException on failure ({@code memory_not_found} when no active fact has the id)
	 */
	default MemoryCorrection correct(String memoryId, MemoryCorrectParams params) {
		return correct(memoryId, params, RequestOptions.none());
	}

	/**
	 * Correct a fact, with options for this call. Not retried after a server error: a repeat could
	 * correct the new fact again.
	 * @param memoryId the fact's id
	 * @param params the user and the corrected text
	 * @param options request id, trace context, timeout, headers
	 * @return the correction
	 */
	MemoryCorrection correct(String memoryId, MemoryCorrectParams params, RequestOptions options);

}
