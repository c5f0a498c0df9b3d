package com.generalaugment.client.verify;

import java.util.List;
import java.util.Objects;

/**
 * One item of the readiness checklist ({@code general-augment-readiness/v1}): an onboarding step and
 * whether the checks it rests on passed.
 * @param key the item's key, e.g. {@code memory_tested}
 * @param label a short label
 * @param description what the step means
 * @param status PASS, FAIL or SKIP
 * @param detail why
 * @param sourceChecks the names of the checks it rests on
 */
public record ReadinessItem(String key, String label, String description, CheckStatus status, String detail,
		List<String> sourceChecks) {

	/**
	 * @param key the item's key
	 * @param label a short label
	 * @param description what the step means
	 * @param status the outcome
	 * @param detail why
	 * @param sourceChecks the checks it rests on
	 */
	public ReadinessItem {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(status, "status");
		sourceChecks = List.copyOf(sourceChecks);
	}

}
