package com.generalaugment.client.responses;

import org.jspecify.annotations.Nullable;

/**
 * Reasoning settings of a request.
 *
 * @param effort {@code none}, {@code minimal}, {@code low}, {@code medium}, {@code high} or
 * {@code xhigh}
 * @param summary the reasoning summary mode, or {@code null}
 */
public record Reasoning(@Nullable String effort, @Nullable String summary) {

	/**
	 * Reasoning with the given effort.
	 * @param effort the effort
	 * @return the settings
	 */
	public static Reasoning effort(String effort) {
		return new Reasoning(effort, null);
	}

}
