package com.generalaugment.spring.autoconfigure;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * The checks the starter's {@code @ConfigurationProperties} classes run on themselves while Boot binds
 * them (each is its own {@link org.springframework.validation.Validator}), so that a value with no meaning
 * fails start-up with Boot's report: the property, its value, where it came from, and the allowed range.
 * Each class validates its nested groups too, where Boot's binder asks it to (at the group's own
 * prefix, so that the report finds each value's origin). Public only for the starter's properties classes
 * in other packages.
 */
public final class GenaugPropertyRules {

	/** The platform's model tiers. */
	public static final List<String> MODEL_TIERS = List.of("simple", "balanced", "complex");

	private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

	private GenaugPropertyRules() {
	}

	/**
	 * A whole number of at least {@code min}.
	 * @param errors where to report
	 * @param field the field of the object being validated
	 * @param value the value
	 * @param min the least allowed value
	 * @param meaning what the least value means when it is special (such as "0 means no cap"), or
	 * {@code null}
	 */
	public static void atLeast(Errors errors, String field, int value, int min, @Nullable String meaning) {
		if (value < min) {
			errors.rejectValue(field, "genaug.range",
					"must be " + min + " or more" + ((meaning != null) ? " (" + meaning + ")" : ""));
		}
	}

	/**
	 * A duration that is not negative, or (when {@code zeroMeaning} is {@code null}) positive.
	 * @param errors where to report
	 * @param field the field
	 * @param value the value
	 * @param zeroMeaning what zero means, or {@code null} when zero is not allowed
	 */
	public static void duration(Errors errors, String field, @Nullable Duration value, @Nullable String zeroMeaning) {
		if (value == null || value.isNegative() || (zeroMeaning == null && value.isZero())) {
			errors.rejectValue(field, "genaug.range", (zeroMeaning != null)
					? "must be a duration of 0 or more (0 " + zeroMeaning + "), such as 30s" : "must be a positive duration, such as 30s");
		}
	}

	/**
	 * A size of at least one byte that fits one array.
	 * @param errors where to report
	 * @param field the field
	 * @param value the value
	 */
	public static void size(Errors errors, String field, @Nullable DataSize value) {
		if (value == null || value.toBytes() < 1 || value.toBytes() > LARGEST_ARRAY) {
			errors.rejectValue(field, "genaug.range", "must be a size from 1B to 2GB, such as 64KB or 16MB");
		}
	}

	/**
	 * A value out of a fixed set.
	 * @param errors where to report
	 * @param field the field
	 * @param value the value
	 * @param allowed the allowed values
	 */
	public static void oneOf(Errors errors, String field, @Nullable String value, Collection<String> allowed) {
		if (value == null || !allowed.contains(value)) {
			errors.rejectValue(field, "genaug.enum", "must be one of " + String.join(", ", allowed));
		}
	}

	/**
	 * Values each out of a fixed set.
	 * @param errors where to report
	 * @param field the field
	 * @param values the values
	 * @param allowed the allowed values
	 */
	public static void allOf(Errors errors, String field, List<String> values, Collection<String> allowed) {
		for (String value : values) {
			if (!allowed.contains(value)) {
				errors.rejectValue(field, "genaug.enum",
						"must list only " + String.join(", ", allowed) + " (not '" + value + "')");
				return;
			}
		}
	}

}
