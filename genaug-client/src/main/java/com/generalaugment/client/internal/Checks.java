package com.generalaugment.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * The argument checks every params builder and service shares, so that a blank id or an out-of-range
 * limit fails the same way, naming the parameter, before anything is sent. Internal: not part of the
 * public API.
 */
public final class Checks {

	private Checks() {
	}

	/**
	 * A required text.
	 * @param value the value
	 * @param name the parameter's name, for the message
	 * @return the value
	 * @throws IllegalArgumentException when it is {@code null} or blank
	 */
	public static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	/**
	 * An optional text: absent is fine, blank is not.
	 * @param value the value
	 * @param name the parameter's name, for the message
	 * @return the value
	 * @throws IllegalArgumentException when it is blank
	 */
	public static @Nullable String optionalText(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank when given (pass null for none)");
		}
		return value;
	}

	/**
	 * An optional number with a lower bound.
	 * @param value the value
	 * @param min the least allowed
	 * @param name the parameter's name, for the message
	 * @return the value
	 * @throws IllegalArgumentException when it is below {@code min}
	 */
	public static @Nullable Integer atLeast(@Nullable Integer value, int min, String name) {
		if (value != null && value < min) {
			throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
		}
		return value;
	}

	/**
	 * An optional number within bounds.
	 * @param value the value
	 * @param min the least allowed
	 * @param max the most allowed
	 * @param name the parameter's name, for the message
	 * @return the value
	 * @throws IllegalArgumentException when it is outside {@code [min, max]}
	 */
	public static @Nullable Integer within(@Nullable Integer value, int min, int max, String name) {
		if (value != null && (value < min || value > max)) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

}
