package com.generalaugment.client.internal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.generalaugment.client.admin.Project;
import com.generalaugment.client.admin.RuntimePolicy;
import com.generalaugment.client.internal.json.JsonValues;
import com.generalaugment.client.internal.verify.ProjectVerifier.Outcome;
import com.generalaugment.client.verify.CheckStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The readiness checklist ({@code general-augment-readiness/v1}) derived from a run's checks, as the
 * platform's CLI derives it: an item whose source check is missing is SKIP, one with a failed source is
 * FAIL, one whose sources all passed is PASS, and anything else SKIP; the checklist is FAIL on any FAIL,
 * PARTIAL on any SKIP, else PASS.
 */
final class ReadinessChecklist {

	static final String VERSION = "general-augment-readiness/v1";

	private static final int TENANT_PROMPT_MIN_LENGTH = 80;

	private final Map<String, Outcome> checks;

	private final Project project;

	private final @Nullable RuntimePolicy policy;

	ReadinessChecklist(Map<String, Outcome> checks, Project project, @Nullable RuntimePolicy policy) {
		this.checks = checks;
		this.project = project;
		this.policy = policy;
	}

	ObjectNode toJson() {
		List<Item> items = new ArrayList<>();
		items.add(fromChecks("api_ready", "API ready", "The API answers its readiness probe.", "api_ready"));
		items.add(fromChecks("project_created", "Project created", "The project exists and resolves by id, slug or name.",
				"project_resolved"));
		items.add(fromChecks("project_key_created", "Project key created", "An API key belongs to the project.",
				"project_api_key"));
		items.add(fromChecks("project_key_execution", "Project key works", "The project key can create a response.",
				"project_key_execution"));
		items.add(fromChecks("first_response_passed", "First response", "A hosted test call answered.", "agent_test"));
		items.add(fromChecks("run_timeline_visible", "Run timeline visible", "The test call's run and its events can be read.",
				"run_timeline_inspect"));
		items.add(fromChecks("tools_configured", "Tools configured", "The tool registry is readable.", "tool_registry"));
		items.add(fromChecks("runtime_policy_visible", "Runtime policy visible",
				"Model routing is tiered with a balanced default and channel parity.", "runtime_policy_model_routing"));
		items.add(tenantBehavior());
		items.add(fromChecks("memory_tested", "Memory tested", "Facts can be stored, searched, profiled and deleted.",
				"memory_store", "memory_search", "memory_profile", "memory_delete"));
		items.add(fromChecks("memory_response_recall", "Memory recalled", "A response recalls a stored fact.",
				"memory_response_recall"));
		items.add(fromChecks("trace_visible", "Traces visible", "Observability lists the project's traces.", "observability"));
		items.add(fromChecks("usage_limits_visible", "Usage and limits visible", "Usage totals and limits are readable.",
				"usage", "usage_limits"));
		items.add(fromChecks("channel_status_known", "Channel status known", "Every channel's state is readable.",
				"channel_status"));
		items.add(billingState());
		ObjectNode checklist = JsonValues.DEFAULT_MAPPER.createObjectNode();
		checklist.put("version", VERSION);
		checklist.put("status", status(items));
		ArrayNode rows = checklist.putArray("items");
		for (Item item : items) {
			ObjectNode row = rows.addObject()
				.put("key", item.key())
				.put("label", item.label())
				.put("description", item.description())
				.put("status", item.status().name())
				.put("detail", item.detail());
			ArrayNode sources = row.putArray("source_checks");
			item.sources().forEach(sources::add);
		}
		return checklist;
	}

	private Item fromChecks(String key, String label, String description, String... sources) {
		List<String> names = List.of(sources);
		CheckStatus status = CheckStatus.PASS;
		String detail = "all source checks passed";
		for (String name : names) {
			Outcome outcome = this.checks.get(name);
			if (outcome == null) {
				return new Item(key, label, description, CheckStatus.SKIP, name + " did not run", names);
			}
			if (outcome.status() == CheckStatus.FAIL) {
				return new Item(key, label, description, CheckStatus.FAIL, name + ": " + outcome.detail(), names);
			}
			if (outcome.status() == CheckStatus.SKIP) {
				status = CheckStatus.SKIP;
				detail = name + " was skipped: " + outcome.detail();
			}
		}
		return new Item(key, label, description, status, detail, names);
	}

	// Tenant behaviour is configured by a real system prompt, by skills, or by a SOUL and skills the
	// platform shows; it is never a failure, only unknown.
	private Item tenantBehavior() {
		List<String> sources = List.of("soul_visible", "skills_visible");
		String label = "Tenant behaviour configured";
		String description = "A system prompt, a SOUL or skills shape the project's agent.";
		String prompt = this.project.systemPrompt();
		if (prompt != null && prompt.strip().length() >= TENANT_PROMPT_MIN_LENGTH && !isStockPrompt(prompt)) {
			return new Item("tenant_behavior_configured", label, description, CheckStatus.PASS, "system prompt set", sources);
		}
		boolean hasSkills = hasItems(this.project.raw().get("skills"))
				|| (this.policy != null && !this.policy.skillNames().isEmpty());
		if (hasSkills) {
			return new Item("tenant_behavior_configured", label, description, CheckStatus.PASS, "skills configured", sources);
		}
		if (passed("soul_visible") && passed("skills_visible")) {
			return new Item("tenant_behavior_configured", label, description, CheckStatus.PASS, "SOUL and skills visible",
					sources);
		}
		return new Item("tenant_behavior_configured", label, description, CheckStatus.SKIP,
				"no system prompt, SOUL or skills found", sources);
	}

	private Item billingState() {
		String plan = JsonValues.string(this.project.raw(), "plan");
		String tier = JsonValues.string(this.project.raw(), "pricing_tier");
		String label = "Billing state known";
		String description = "The project reports its plan or pricing tier.";
		if (plan != null || tier != null) {
			return new Item("billing_state_known", label, description, CheckStatus.PASS,
					(plan != null) ? "plan " + plan : "pricing tier " + tier, List.of());
		}
		return new Item("billing_state_known", label, description, CheckStatus.SKIP, "the project reports no plan or pricing tier",
				List.of());
	}

	private boolean passed(String name) {
		Outcome outcome = this.checks.get(name);
		return outcome != null && outcome.status() == CheckStatus.PASS;
	}

	private static boolean isStockPrompt(String prompt) {
		return prompt.toLowerCase(Locale.ROOT).contains("helpful assistant") && prompt.strip().lines().count() <= 1;
	}

	private static boolean hasItems(@Nullable JsonNode node) {
		return node != null && node.isArray() && !node.isEmpty();
	}

	private static String status(List<Item> items) {
		if (items.stream().anyMatch((item) -> item.status() == CheckStatus.FAIL)) {
			return "FAIL";
		}
		return items.stream().anyMatch((item) -> item.status() == CheckStatus.SKIP) ? "PARTIAL" : "PASS";
	}

	private record Item(String key, String label, String description, CheckStatus status, String detail,
			List<String> sources) {
	}

}
