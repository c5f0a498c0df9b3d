package com.generalaugment.spring.autoconfigure;

/**
 * A {@code genaug.*} property has a value the clients cannot use. Thrown while the beans are created, it
 * fails the start-up; the starter's failure analyzer reports it as the property, where its value came from,
 * what is wrong and how to fix it — not as a stack trace.
 */
public final class InvalidGenaugPropertyException extends RuntimeException {

	private final String property;

	private final String value;

	private final String reason;

	private final String action;

	/**
	 * Create the exception.
	 * @param property the property's canonical name, e.g. {@code genaug.timeout}
	 * @param value the offending value as shown to the user (never a key)
	 * @param reason why it is invalid
	 * @param action what to do about it
	 */
	public InvalidGenaugPropertyException(String property, String value, String reason, String action) {
		super("Invalid " + property + " '" + value + "': " + reason);
		this.property = property;
		this.value = value;
		this.reason = reason;
		this.action = action;
	}

	/** @return the property's canonical name */
	public String getProperty() {
		return this.property;
	}

	/** @return the offending value as shown to the user */
	public String getValue() {
		return this.value;
	}

	/** @return why the value is invalid */
	public String getReason() {
		return this.reason;
	}

	/** @return what to do about it */
	public String getAction() {
		return this.action;
	}

}
