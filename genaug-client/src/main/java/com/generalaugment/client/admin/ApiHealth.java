package com.generalaugment.client.admin;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The API's readiness ({@code GET /health/ready}): its status, its build and the state of the
 * dependencies it reports. Kept with a release's evidence, {@link #version()} and {@link #buildSha()}
 * say which platform build the app was verified against.
 */
public final class ApiHealth {

	private final JsonNode json;

	/**
	 * Wrap a reply.
	 * @param json the reply's JSON object
	 */
	public ApiHealth(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A health reply");
	}

	/** @return the status ({@code status}, else {@code state}); {@code ok} means ready */
	public @Nullable String status() {
		String status = JsonValues.string(this.json, "status");
		return (status != null) ? status : JsonValues.string(this.json, "state");
	}

	/** @return whether the status is {@code ok} */
	public boolean ready() {
		return "ok".equalsIgnoreCase(status());
	}

	/** @return the API's version, or {@code null} when it reports none */
	public @Nullable String version() {
		return text("version");
	}

	/** @return the API's commit ({@code build_sha}, else {@code build}, else {@code commit}), or {@code null} */
	public @Nullable String buildSha() {
		String sha = text("build_sha");
		if (sha == null) {
			sha = text("build");
		}
		return (sha != null) ? sha : text("commit");
	}

	/** @return the database's state as the API reports it, or {@code null} */
	public @Nullable String db() {
		return text("db");
	}

	/** @return the Redis state as the API reports it, or {@code null} */
	public @Nullable String redis() {
		return text("redis");
	}

	/** @return the reply's whole JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	// A build number may come as a number; the report keeps every present value as text.
	private @Nullable String text(String field) {
		String text = JsonValues.scalarText(this.json, field);
		return (text == null || text.isBlank()) ? null : text;
	}

	@Override
	public String toString() {
		return "ApiHealth{status=" + status() + ", version=" + version() + ", buildSha=" + buildSha() + "}";
	}

}
