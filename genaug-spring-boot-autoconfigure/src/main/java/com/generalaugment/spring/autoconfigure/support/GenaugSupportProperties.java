package com.generalaugment.spring.autoconfigure.support;

import com.generalaugment.spring.autoconfigure.GenaugPropertyRules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the {@code genaug} Actuator endpoint ({@code genaug.support.*}). Expose the endpoint with
 * {@code management.endpoints.web.exposure.include=genaug}; switch it off with
 * {@code management.endpoint.genaug.access=none}.
 */
@ConfigurationProperties("genaug.support")
public class GenaugSupportProperties implements Validator {

	/** How many of the latest platform calls the genaug endpoint lists (ids and outcomes only); 0 keeps none. */
	private int recentCalls = 20;

	@Override
	public boolean supports(Class<?> type) {
		return GenaugSupportProperties.class.isAssignableFrom(type);
	}

	/** Checked by Boot while it binds {@code genaug.support.*}. */
	@Override
	public void validate(Object target, Errors errors) {
		GenaugPropertyRules.atLeast(errors, "recentCalls", ((GenaugSupportProperties) target).getRecentCalls(), 0,
				"0 keeps none");
	}

	public int getRecentCalls() {
		return this.recentCalls;
	}

	public void setRecentCalls(int recentCalls) {
		this.recentCalls = recentCalls;
	}

}
