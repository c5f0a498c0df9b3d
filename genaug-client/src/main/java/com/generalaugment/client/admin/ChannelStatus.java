package com.generalaugment.client.admin;

import java.time.Instant;
import java.util.Map;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One channel of a project ({@code in_app}, {@code whatsapp}, {@code telegram}, {@code sms}) as
 * {@code project.channelStatus()} reports it: configured or not, its sender and its delivery state.
 */
public final class ChannelStatus {

	private final JsonNode json;

	/**
	 * Wrap a channel row.
	 * @param json the row's JSON object
	 */
	public ChannelStatus(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A channel status");
	}

	/** @return the channel, e.g. {@code whatsapp} */
	public @Nullable String channel() {
		return JsonValues.string(this.json, "channel");
	}

	/** @return its display label, e.g. {@code WhatsApp} */
	public @Nullable String label() {
		return JsonValues.string(this.json, "label");
	}

	/** @return {@code configured} or {@code open} */
	public @Nullable String status() {
		return JsonValues.string(this.json, "status");
	}

	/** @return the sender (number, bot), or {@code null} when not configured */
	public @Nullable String sender() {
		return JsonValues.string(this.json, "sender");
	}

	/** @return the provider's own state */
	public @Nullable String providerStatus() {
		return JsonValues.string(this.json, "provider_status");
	}

	/** @return {@code available} or {@code not_configured} */
	public @Nullable String delivery() {
		return JsonValues.string(this.json, "delivery");
	}

	/** @return the last message's time, or {@code null} */
	public @Nullable Instant lastMessageAt() {
		return JsonValues.instant(this.json, "last_message_at");
	}

	/** @return messages in the last 24 hours */
	public long messageCount24h() {
		return JsonValues.count(this.json, "message_count_24h");
	}

	/** @return provider details, never {@code null} */
	public Map<String, Object> details() {
		return JsonValues.map(this.json, "details");
	}

	/** @return the row's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	@Override
	public String toString() {
		return "ChannelStatus{channel=" + channel() + ", status=" + status() + ", delivery=" + delivery() + "}";
	}

}
