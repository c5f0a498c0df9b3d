package com.generalaugment.mock.platform.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import com.generalaugment.mock.platform.Call;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.json.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /projects/{project}/channels/status} and {@code /audit/tool-calls}. A channel is configured
 * when the last deploy's manifest gave it a non-empty {@code channels.<name>} mapping; in-app always is.
 * The mock delivers nothing and calls no tools, so counts are zero and the audit is empty.
 */
public final class ChannelsEndpoint {

	private static final String IN_APP = "in_app";

	/** The channels in reply order, with their labels. */
	private static final Map<String, String> CHANNELS = labels();

	private final ProjectStore projects;

	/**
	 * @param projects the project store
	 */
	public ChannelsEndpoint(ProjectStore projects) {
		this.projects = projects;
	}

	/**
	 * {@code GET /channels/status} → {@code {project_id, channels}}: four rows.
	 *
	 * @param call the call
	 * @return the status, or 404 {@code not_found}
	 */
	public MockReply status(Call call) {
		String projectId = call.param("project");
		JsonNode configuredChannels = projects.view(projectId).path("channels");
		ObjectNode reply = Json.object();
		reply.put("project_id", projectId);
		ArrayNode rows = reply.putArray("channels");
		CHANNELS.forEach((channel, label) -> {
			JsonNode block = configuredChannels.path(channel);
			boolean configured = channel.equals(IN_APP) || (block.isObject() && !block.isEmpty());
			ObjectNode row = rows.addObject();
			row.put("channel", channel);
			row.put("label", label);
			row.put("status", configured ? "configured" : "open");
			row.put("sender", configured ? "local-mock:" + channel : null);
			row.put("provider_status", "local_mock");
			row.put("delivery", configured ? "available" : "not_configured");
			row.putNull("last_message_at");
			row.put("message_count_24h", 0);
			row.putObject("details");
		});
		return JsonReply.ok(reply);
	}

	/**
	 * {@code GET /audit/tool-calls} → {@code {items:[], next_cursor:null}}.
	 *
	 * @param call the call
	 * @return the empty audit, or 404 {@code not_found}
	 */
	public MockReply toolCalls(Call call) {
		projects.view(call.param("project"));
		ObjectNode reply = Json.object();
		reply.putArray("items");
		reply.putNull("next_cursor");
		return JsonReply.ok(reply);
	}

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put(IN_APP, "In-app");
		labels.put("whatsapp", "WhatsApp");
		labels.put("telegram", "Telegram");
		labels.put("sms", "SMS");
		return labels;
	}

}
