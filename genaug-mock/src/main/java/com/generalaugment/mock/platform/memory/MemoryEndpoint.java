package com.generalaugment.mock.platform.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.mock.platform.ApiError;
import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Digests;
import com.generalaugment.mock.platform.json.Json;
import com.generalaugment.mock.platform.json.PyText;
import com.generalaugment.mock.platform.json.PyValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/agent/memory/*}: facts kept in memory per app user, with the rules of contract §7
 * ("Memory"), plus the platform mock's lineage and correction routes: a correction supersedes an active
 * fact with a new one ({@code mem_mock_} + 16 hex of H({@code {correction, user_id}})); superseded facts
 * stay in search and profile, and a lineage lists a fact with the facts that corrected it.
 */
public final class MemoryEndpoint {

	private record Replay(String bodyDigest, ObjectNode reply) {
	}

	private record ScoredFact(double score, MemoryFact fact) {
	}

	private final Map<String, List<MemoryFact>> facts = new LinkedHashMap<>();

	private final Map<String, ObjectNode> profiles = new HashMap<>();

	private final Map<List<String>, Replay> replays = new HashMap<>();

	/**
	 * {@code POST /api/v1/agent/memory/store}.
	 *
	 * @param call the call
	 * @return the stored fact
	 */
	public synchronized MockReply store(Call call) {
		ObjectNode payload = call.body();
		String userId = userId(payload);
		// Python: str(payload.get("fact") or payload.get("content") or "").strip()
		JsonNode rawFact = PyValues.truthy(payload.get("fact")) ? payload.get("fact") : payload.get("content");
		String fact = PyText.strip(PyValues.strOr(rawFact, ""));
		if (fact.isEmpty()) {
			throw ApiError.of(400, "invalid_memory", "fact is required.");
		}
		String idempotencyKey = PyValues.optionalString(payload.get("idempotency_key"));
		String bodyDigest = Digests.sha256Hex(payload);
		List<String> replayKey = List.of(userId, idempotencyKey == null ? "" : idempotencyKey);
		Replay stored = idempotencyKey == null ? null : replays.get(replayKey);
		if (stored != null) {
			if (!stored.bodyDigest().equals(bodyDigest)) {
				throw ApiError.of(409, "memory_idempotency_key_conflict",
						"idempotency_key was reused with a different memory write request.");
			}
			return JsonReply.ok(stored.reply().deepCopy());
		}

		ObjectNode idInput = Json.object();
		idInput.put("user_id", userId);
		idInput.put("fact", fact);
		String memoryId = "mem_mock_" + Digests.sha256Hex(idInput).substring(0, 16);
		MemoryFact row = new MemoryFact(memoryId, userId, fact, PyValues.strOr(payload.get("fact_type"), "fact"),
				PyValues.optionalFloat(payload.get("importance_score")),
				PyValues.optionalString(payload.get("source")), Json.objectOrEmpty(payload.get("metadata")));
		List<MemoryFact> userFacts = facts.computeIfAbsent(userId, id -> new ArrayList<>());
		if (userFacts.stream().noneMatch(existing -> existing.memoryId().equals(memoryId))) {
			userFacts.add(row);
		}
		ObjectNode userProfile = Json.objectOrEmpty(payload.get("user_profile"));
		if (!userProfile.isEmpty()) {
			profiles.computeIfAbsent(userId, id -> Json.object()).setAll(userProfile);
		}

		ObjectNode reply = userReply(userId);
		reply.put("memory_id", memoryId);
		reply.put("content", fact);
		reply.put("fact", fact);
		reply.put("fact_type", row.factType());
		reply.set("importance_score", MemoryFact.number(row.importanceScore()));
		reply.put("source", row.source());
		reply.set("metadata", row.metadata().deepCopy());
		reply.put("status", "stored");
		if (idempotencyKey != null) {
			replays.put(replayKey, new Replay(bodyDigest, reply.deepCopy()));
		}
		return JsonReply.ok(reply);
	}

	/**
	 * {@code POST /api/v1/agent/memory/search}.
	 *
	 * @param call the call
	 * @return the matching facts, best first
	 */
	public synchronized MockReply search(Call call) {
		ObjectNode payload = call.body();
		String userId = userId(payload);
		String query = PyValues.strOr(payload.get("query"), "");
		int limit = PyValues.positiveInt(payload.get("limit"), 10);
		Double minSimilarity = PyValues.optionalFloat(payload.get("min_similarity"));
		Double minImportance = PyValues.optionalFloat(payload.get("min_importance"));
		String factType = PyValues.optionalString(payload.get("fact_type"));
		String source = PyValues.optionalString(payload.get("source"));

		List<ScoredFact> ranked = new ArrayList<>();
		for (MemoryFact fact : facts.getOrDefault(userId, List.of())) {
			if (factType != null && !factType.equals(fact.factType())) {
				continue;
			}
			if (source != null && !source.equals(fact.source())) {
				continue;
			}
			double importance = fact.importanceScore() == null ? 0.0 : fact.importanceScore();
			if (minImportance != null && importance < minImportance) {
				continue;
			}
			double score = LexicalScore.score(query, fact.fact());
			if (minSimilarity != null && score < minSimilarity) {
				continue;
			}
			ranked.add(new ScoredFact(score, fact));
		}
		ranked.sort(Comparator.comparingDouble(ScoredFact::score).reversed()
			.thenComparing(scored -> scored.fact().memoryId()));
		ObjectNode reply = userReply(userId);
		var results = reply.putArray("facts");
		ranked.stream().limit(limit).forEach(scored -> results.add(scored.fact().toJson(LexicalScore.round4(scored.score()))));
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /api/v1/agent/memory/profile/{user}}.
	 *
	 * @param call the call
	 * @return the profile and every fact of the user
	 */
	public synchronized MockReply profile(Call call) {
		String userId = call.param("user");
		List<MemoryFact> userFacts = facts.getOrDefault(userId, List.of());
		ObjectNode profile = Json.object();
		profile.put("external_user_id", userId);
		profile.put("external_provider", "local_mock");
		profile.setAll(profiles.getOrDefault(userId, Json.object()).deepCopy());
		ObjectNode reply = userReply(userId);
		reply.set("profile", profile);
		var recent = reply.putArray("recent_facts");
		userFacts.forEach(fact -> recent.add(fact.toJson(null)));
		reply.put("total_facts", userFacts.size());
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /api/v1/agent/memory/lineage/{memory}?user_id=}: the user's fact of that id and the facts
	 * that directly supersede it, in stored order.
	 *
	 * @param call the call
	 * @return {@code {user_id, general_augment_user_id, memory_id, facts, related_count}}, or 404
	 *         {@code memory_not_found}
	 */
	public synchronized MockReply lineage(Call call) {
		String memoryId = call.param("memory");
		String userId = call.query("user_id") == null ? "" : call.query("user_id");
		List<MemoryFact> related = facts.getOrDefault(userId, List.of()).stream()
			.filter(fact -> fact.memoryId().equals(memoryId) || memoryId.equals(fact.supersedesMemoryId()))
			.toList();
		if (related.isEmpty()) {
			throw ApiError.of(404, "memory_not_found", "No scoped memory fact found.");
		}
		ObjectNode reply = userReply(userId);
		reply.put("memory_id", memoryId);
		var listed = reply.putArray("facts");
		related.forEach(fact -> listed.add(fact.toJson(null)));
		reply.put("related_count", related.size());
		return JsonReply.ok(reply);
	}

	/**
	 * {@code POST /api/v1/agent/memory/{memory}/correct}: supersedes the user's active fact with a new one;
	 * {@code fact_type}, {@code importance_score}, {@code source} and {@code metadata} the body leaves out are
	 * copied from the old fact.
	 *
	 * @param call the call
	 * @return the correction receipt, 400 {@code invalid_memory} without a fact, or 404
	 *         {@code memory_not_found} when the fact is unknown or already superseded
	 */
	public synchronized MockReply correct(Call call) {
		ObjectNode payload = call.body();
		String memoryId = call.param("memory");
		String userId = userId(payload);
		JsonNode rawFact = PyValues.truthy(payload.get("fact")) ? payload.get("fact") : payload.get("content");
		String fact = PyText.strip(PyValues.strOr(rawFact, ""));
		if (fact.isEmpty()) {
			throw ApiError.of(400, "invalid_memory", "fact is required.");
		}
		List<MemoryFact> userFacts = facts.getOrDefault(userId, new ArrayList<>());
		int index = -1;
		for (int i = 0; i < userFacts.size(); i++) {
			MemoryFact candidate = userFacts.get(i);
			if (candidate.memoryId().equals(memoryId) && candidate.status().equals(MemoryFact.ACTIVE)) {
				index = i;
			}
		}
		if (index < 0) {
			throw ApiError.of(404, "memory_not_found", "No active memory fact found.");
		}
		MemoryFact old = userFacts.get(index);
		ObjectNode idInput = Json.object();
		idInput.put("correction", fact);
		idInput.put("user_id", userId);
		String correctedId = "mem_mock_" + Digests.sha256Hex(idInput).substring(0, 16);
		MemoryFact corrected = new MemoryFact(correctedId, userId, fact,
				given(payload, "fact_type") ? PyValues.strOr(payload.get("fact_type"), old.factType()) : old.factType(),
				given(payload, "importance_score") ? PyValues.optionalFloat(payload.get("importance_score"))
						: old.importanceScore(),
				given(payload, "source") ? PyValues.optionalString(payload.get("source")) : old.source(),
				given(payload, "metadata") ? Json.objectOrEmpty(payload.get("metadata")) : old.metadata().deepCopy(),
				MemoryFact.ACTIVE, memoryId);
		userFacts.set(index, old.superseded());
		userFacts.removeIf(existing -> existing.memoryId().equals(correctedId));
		userFacts.add(corrected);

		ObjectNode reply = userReply(userId);
		reply.put("memory_id", memoryId);
		reply.put("corrected_memory_id", correctedId);
		reply.put("content", fact);
		reply.put("source", corrected.source());
		reply.set("metadata", corrected.metadata().deepCopy());
		reply.put("status", "corrected");
		return JsonReply.ok(reply);
	}

	/**
	 * The texts of every fact kept for a user, active or superseded, in stored order: what a
	 * {@code /v1/responses} turn asking to recall gets to quote.
	 *
	 * @param userId the app user id
	 * @return the fact texts
	 */
	public synchronized List<String> factTexts(String userId) {
		return facts.getOrDefault(userId, List.of()).stream().map(MemoryFact::fact).toList();
	}

	/**
	 * {@code DELETE /api/v1/agent/memory/{memory}?user_id=}.
	 *
	 * @param call the call
	 * @return {@code deleted}, or {@code not_found} with a count of 0
	 */
	public synchronized MockReply delete(Call call) {
		String memoryId = call.param("memory");
		String userId = call.query("user_id") == null ? "" : call.query("user_id");
		List<MemoryFact> userFacts = facts.getOrDefault(userId, new ArrayList<>());
		int before = userFacts.size();
		userFacts.removeIf(fact -> fact.memoryId().equals(memoryId));
		int deleted = before - userFacts.size();
		ObjectNode reply = userReply(userId);
		reply.put("memory_id", memoryId);
		var ids = reply.putArray("deleted_ids");
		if (deleted > 0) {
			ids.add(memoryId);
		}
		reply.put("deleted_count", deleted);
		reply.put("status", deleted > 0 ? "deleted" : "not_found");
		return JsonReply.ok(reply);
	}

	/**
	 * {@code DELETE /api/v1/agent/memory/user/{user}}.
	 *
	 * @param call the call
	 * @return {@code purged} with the removed ids
	 */
	public synchronized MockReply purge(Call call) {
		String userId = call.param("user");
		List<MemoryFact> removed = facts.getOrDefault(userId, List.of());
		ObjectNode reply = userReply(userId);
		reply.putNull("memory_id");
		var ids = reply.putArray("deleted_ids");
		removed.forEach(fact -> ids.add(fact.memoryId()));
		reply.put("deleted_count", removed.size());
		reply.put("status", "purged");
		facts.put(userId, new ArrayList<>());
		return JsonReply.ok(reply);
	}

	/** Forgets every fact, profile and replay. */
	public synchronized void reset() {
		facts.clear();
		profiles.clear();
		replays.clear();
	}

	/** Whether the body gives a field a value; an explicit {@code null} counts as left out. */
	private static boolean given(ObjectNode payload, String field) {
		JsonNode value = payload.get(field);
		return value != null && !value.isNull();
	}

	/** {@code user_id}, else {@code user}, else {@code mock-user}. */
	private static String userId(JsonNode payload) {
		return PyValues.strOr(PyValues.truthy(payload.get("user_id")) ? payload.get("user_id") : payload.get("user"),
				"mock-user");
	}

	private static ObjectNode userReply(String userId) {
		ObjectNode reply = Json.object();
		reply.put("user_id", userId);
		reply.put("general_augment_user_id", Digests.generalAugmentUserId(userId));
		return reply;
	}

}
