package com.generalaugment.client;

import java.util.List;
import java.util.Objects;

import com.generalaugment.client.admin.ApiKey;
import com.generalaugment.client.admin.ApiKeyCreateParams;
import com.generalaugment.client.admin.ApiKeyService;
import com.generalaugment.client.admin.ApiKeyUpdate;
import com.generalaugment.client.admin.StatusReply;
import com.generalaugment.client.internal.Checks;
import tools.jackson.databind.JsonNode;

/** The SDK's {@link ApiKeyService}: {@code /api/v1/admin/keys}. */
record ApiKeyServiceImpl(AdminCalls calls) implements ApiKeyService {

	@Override
	public ApiKeyService withOptions(RequestOptions options) {
		return new ApiKeyServiceImpl(this.calls.withOptions(options));
	}

	@Override
	public List<ApiKey> list(RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("listApiKeys", HttpMethod.GET, "/keys"), options);
		return AdminCalls.items(reply, "listApiKeys").stream().map(ApiKey::new).toList();
	}

	@Override
	public ApiKey create(ApiKeyCreateParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		JsonNode reply = this.calls.execute(this.calls.admin("createApiKey", HttpMethod.POST, "/keys")
			.body(this.calls.json(params.toJson(this.calls.mapper))), options);
		return new ApiKey(this.calls.object(reply, "createApiKey"));
	}

	@Override
	public ApiKey update(String keyId, ApiKeyUpdate update, RequestOptions options) {
		Objects.requireNonNull(update, "update");
		JsonNode reply = this.calls.execute(this.calls
			.admin("updateApiKey", HttpMethod.PATCH, "/keys/{}", Checks.requireText(keyId, "keyId"))
			.body(this.calls.json(update.toJson(this.calls.mapper))), options);
		return new ApiKey(this.calls.object(reply, "updateApiKey"));
	}

	@Override
	public StatusReply revoke(String keyId, RequestOptions options) {
		JsonNode reply = this.calls.execute(
				this.calls.admin("revokeApiKey", HttpMethod.DELETE, "/keys/{}", Checks.requireText(keyId, "keyId")), options);
		return new StatusReply(this.calls.object(reply, "revokeApiKey"));
	}

}
