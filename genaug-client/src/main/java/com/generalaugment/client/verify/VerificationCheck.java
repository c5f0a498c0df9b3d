package com.generalaugment.client.verify;

import java.util.Objects;

/**
 * One check of a verify report, with the CLI's name (e.g. {@code api_ready}, {@code memory_search}).
 * @param name the check's name
 * @param status the outcome
 * @param detail what was found, or why the check failed or was skipped
 */
public record VerificationCheck(String name, CheckStatus status, String detail) {

	/**
	 * @param name the check's name
	 * @param status the outcome
	 * @param detail what was found
	 */
	public VerificationCheck {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(detail, "detail");
	}

}
