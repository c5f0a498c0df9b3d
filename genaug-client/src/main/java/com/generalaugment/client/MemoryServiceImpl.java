package com.generalaugment.client;

import java.util.Objects;

import com.generalaugment.client.internal.Checks;
import com.generalaugment.client.internal.http.ApiRequest;
import com.generalaugment.client.internal.http.RetrySafety;
import com.generalaugment.client.internal.http.Transport;
import com.generalaugment.client.memory.MemoryCorrectParams;
import com.generalaugment.client.memory.MemoryCorrection;
import com.generalaugment.client.memory.MemoryDeleteParams;
import com.generalaugment.client.memory.MemoryDeletion;
import com.generalaugment.client.memory.MemoryLineage;
import com.generalaugment.client.memory.MemoryProfile;
import com.generalaugment.client.memory.MemoryProfileParams;
import com.generalaugment.client.memory.MemorySearchParams;
import com.generalaugment.client.memory.MemorySearchResult;
import com.generalaugment.client.memory.MemoryService;
import com.generalaugment.client.memory.MemoryStoreParams;
import com.generalaugment.client.memory.MemoryStoreResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SDK's {@link MemoryService}: {@code /api/v1/agent/memory} through the client's transport. */
final class MemoryServiceImpl implements MemoryService {

	private static final String MEMORY_PATH = "/api/v1/agent/memory";

	private final Transport transport;

	private final JsonMapper mapper;

	private final RequestOptions defaults;

	MemoryServiceImpl(Transport transport, JsonMapper mapper, RequestOptions defaults) {
		this.transport = transport;
		this.mapper = mapper;
		this.defaults = defaults;
	}

	@Override
	public MemoryService withOptions(RequestOptions options) {
		return new MemoryServiceImpl(this.transport, this.mapper, this.defaults.overriddenBy(options));
	}

	@Override
	public MemoryStoreResult store(MemoryStoreParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		// A store is safe to repeat only when the platform can recognise the repeat.
		RetrySafety safety = (params.idempotencyKey() != null) ? RetrySafety.IDEMPOTENT : RetrySafety.UNSAFE;
		JsonNode reply = this.transport.execute(call("storeMemory", HttpMethod.POST, "/store", options)
			.body(this.transport.writeJson(params.toJson(this.mapper)))
			.safety(safety)
			.build());
		return new MemoryStoreResult(Replies.object(reply, "storeMemory", this.mapper));
	}

	@Override
	public MemorySearchResult search(MemorySearchParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		JsonNode reply = this.transport.execute(call("searchMemory", HttpMethod.POST, "/search", options)
			.body(this.transport.writeJson(params.toJson(this.mapper)))
			.safety(RetrySafety.IDEMPOTENT)
			.build());
		return new MemorySearchResult(Replies.object(reply, "searchMemory", this.mapper));
	}

	@Override
	public MemoryProfile profile(MemoryProfileParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		JsonNode reply = this.transport
			.execute(call("memoryProfile", HttpMethod.GET, "/profile/{}", options, params.userId())
				.query("agent_run_id", params.agentRunId())
				.build());
		return new MemoryProfile(Replies.object(reply, "memoryProfile", this.mapper));
	}

	@Override
	public MemoryDeletion delete(MemoryDeleteParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		JsonNode reply = this.transport.execute(call("deleteMemory", HttpMethod.DELETE, "/{}", options, params.memoryId())
			.query("user_id", params.userId())
			.build());
		return new MemoryDeletion(Replies.object(reply, "deleteMemory", this.mapper));
	}

	@Override
	public MemoryDeletion purge(String userId, RequestOptions options) {
		JsonNode reply = this.transport
			.execute(call("purgeUserMemory", HttpMethod.DELETE, "/user/{}", options, Checks.requireText(userId, "userId")).build());
		return new MemoryDeletion(Replies.object(reply, "purgeUserMemory", this.mapper));
	}

	@Override
	public MemoryLineage lineage(String memoryId, String userId, RequestOptions options) {
		JsonNode reply = this.transport.execute(call("memoryLineage", HttpMethod.GET, "/lineage/{}", options,
				Checks.requireText(memoryId, "memoryId"))
			.query("user_id", Checks.requireText(userId, "userId"))
			.build());
		return new MemoryLineage(Replies.object(reply, "memoryLineage", this.mapper));
	}

	@Override
	public MemoryCorrection correct(String memoryId, MemoryCorrectParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		JsonNode reply = this.transport.execute(call("correctMemory", HttpMethod.POST, "/{}/correct", options,
				Checks.requireText(memoryId, "memoryId"))
			.body(this.transport.writeJson(params.toJson(this.mapper)))
			.build());
		return new MemoryCorrection(Replies.object(reply, "correctMemory", this.mapper));
	}

	private ApiRequest.Builder call(String operation, HttpMethod method, String path, RequestOptions options,
			String... segments) {
		RequestOptions effective = this.defaults.overriddenBy(Objects.requireNonNull(options, "options"));
		return ApiRequest.builder(operation, method, MEMORY_PATH + path, segments)
			.headers(effective.headers())
			.timeout(effective.timeout());
	}

}
