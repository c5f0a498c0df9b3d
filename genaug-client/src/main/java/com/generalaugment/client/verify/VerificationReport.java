package com.generalaugment.client.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.generalaugment.client.internal.json.JsonValues;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The report of a verify run: the same JSON as the platform CLI's {@code genaug verify --json}
 * ({@code api}, {@code auth}, {@code project}, {@code verdict}, {@code checks},
 * {@code readiness_checklist}, {@code runtime_policy}, {@code dashboard}) with an {@code sdk} object
 * ({@code genaug-java} and its version) in place of {@code cli}. Keep {@link #toJson()} with a release's
 * evidence, next to the app's commit. Immutable.
 */
public final class VerificationReport {

	private final JsonNode json;

	/**
	 * Wrap a report's JSON.
	 * @param json the report as a JSON object
	 */
	public VerificationReport(JsonNode json) {
		this.json = JsonValues.requireObject(json, "A verification report");
	}

	/** @return {@link CheckStatus#FAIL} when any check failed, else {@link CheckStatus#PASS} */
	public CheckStatus verdict() {
		return "FAIL".equals(JsonValues.string(this.json, "verdict")) ? CheckStatus.FAIL : CheckStatus.PASS;
	}

	/** @return whether no check failed */
	public boolean passed() {
		return verdict() == CheckStatus.PASS;
	}

	/** @return the checks, in the order they ran */
	public List<VerificationCheck> checks() {
		List<VerificationCheck> checks = new ArrayList<>();
		JsonNode items = this.json.get("checks");
		if (items != null) {
			items.forEach((check) -> checks.add(new VerificationCheck(text(check, "name"), status(check), text(check, "detail"))));
		}
		return Collections.unmodifiableList(checks);
	}

	/**
	 * One check by its name.
	 * @param name the check's name, e.g. {@code memory_search}
	 * @return the check, or empty when the report has none of that name
	 */
	public Optional<VerificationCheck> check(String name) {
		return checks().stream().filter((check) -> check.name().equals(name)).findFirst();
	}

	/** @return the checks that failed */
	public List<VerificationCheck> failures() {
		return checks().stream().filter((check) -> check.status() == CheckStatus.FAIL).toList();
	}

	/** @return the readiness checklist's status: {@code PASS}, {@code PARTIAL} or {@code FAIL} */
	public String readinessStatus() {
		return text(this.json.get("readiness_checklist"), "status");
	}

	/** @return the readiness checklist's items */
	public List<ReadinessItem> readinessItems() {
		List<ReadinessItem> items = new ArrayList<>();
		JsonNode checklist = this.json.get("readiness_checklist");
		JsonNode rows = (checklist != null) ? checklist.get("items") : null;
		if (rows != null) {
			rows.forEach((row) -> items.add(new ReadinessItem(text(row, "key"), text(row, "label"), text(row, "description"),
					status(row), text(row, "detail"), JsonValues.strings(row, "source_checks"))));
		}
		return Collections.unmodifiableList(items);
	}

	/** @return the verified project's id */
	public @Nullable String projectId() {
		return JsonValues.string(this.json.get("project"), "id");
	}

	/** @return the API's version from its health reply, or {@code null} when it reports none */
	public @Nullable String apiVersion() {
		return JsonValues.string(this.json.get("api"), "version");
	}

	/** @return the API's {@code build_sha} from its health reply, or {@code null} when it reports none */
	public @Nullable String apiBuildSha() {
		return JsonValues.string(this.json.get("api"), "build_sha");
	}

	/** @return the SDK version that ran the checks */
	public @Nullable String sdkVersion() {
		return JsonValues.string(this.json.get("sdk"), "version");
	}

	/** @return the report as indented JSON, the CLI's field names */
	public String toJson() {
		return JsonValues.DEFAULT_MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this.json);
	}

	/** @return the report's JSON (treat as read-only) */
	public JsonNode raw() {
		return this.json;
	}

	private static String text(@Nullable JsonNode node, String field) {
		String value = JsonValues.string(node, field);
		return (value != null) ? value : "";
	}

	private static CheckStatus status(JsonNode node) {
		String status = text(node, "status");
		return switch (status) {
			case "PASS" -> CheckStatus.PASS;
			case "FAIL" -> CheckStatus.FAIL;
			default -> CheckStatus.SKIP;
		};
	}

	@Override
	public String toString() {
		return "VerificationReport{projectId=" + projectId() + ", verdict=" + verdict() + ", failures="
				+ failures().stream().map(VerificationCheck::name).toList() + "}";
	}

}
