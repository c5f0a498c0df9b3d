package com.generalaugment.client;

import java.util.List;

import com.generalaugment.client.admin.RegisteredTool;
import com.generalaugment.client.admin.ToolRegistryService;
import tools.jackson.databind.JsonNode;

/** The SDK's {@link ToolRegistryService}: {@code GET /api/v1/admin/tools}, a list or {@code {items}}. */
record ToolRegistryServiceImpl(AdminCalls calls) implements ToolRegistryService {

	@Override
	public ToolRegistryService withOptions(RequestOptions options) {
		return new ToolRegistryServiceImpl(this.calls.withOptions(options));
	}

	@Override
	public List<RegisteredTool> list(RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("listTools", HttpMethod.GET, "/tools"), options);
		return AdminCalls.items(reply, "listTools").stream().map(RegisteredTool::new).toList();
	}

}
