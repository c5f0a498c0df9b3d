package com.generalaugment.client.admin;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A tool of the platform's registry ({@code admin.tools().list()}): its id, risk and whether a call
 * needs approval.
 */
public final class RegisteredTool {

	private final JsonNode json;

	/**
	 * Wrap a registry item.
	 * @param json the item's JSON object
	 */
	public RegisteredTool(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A registered tool");
	}

	/** @return the tool id, e.g. {@code web_search} */
	public @Nullable String id() {
		return JsonValues.string(this.json, "id");
	}

	/** @return the risk level, e.g. {@code low} */
	public @Nullable String riskLevel() {
		return JsonValues.string(this.json, "risk_level");
	}

	/** @return whether a call of the tool waits for approval ({@code false} when absent) */
	public boolean requiresApproval() {
		return Boolean.TRUE.equals(JsonValues.booleanValue(this.json, "requires_approval"));
	}

	/** @return the item's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "RegisteredTool{id=" + id() + ", riskLevel=" + riskLevel() + ", requiresApproval=" + requiresApproval() + "}";
	}

}
