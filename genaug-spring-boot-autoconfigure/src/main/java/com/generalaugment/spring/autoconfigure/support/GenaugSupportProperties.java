package com.generalaugment.spring.autoconfigure.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the {@code genaug} Actuator endpoint ({@code genaug.support.*}). Expose the endpoint with
 * {@code management.endpoints.web.exposure.include=genaug}; switch it off with
 * {@code management.endpoint.genaug.access=none}.
 */
@ConfigurationProperties("genaug.support")
public class GenaugSupportProperties {

	/** How many of the latest platform calls the genaug endpoint lists (ids and outcomes only); 0 keeps none. */
	private int recentCalls = 20;

	public int getRecentCalls() {
		return this.recentCalls;
	}

	public void setRecentCalls(int recentCalls) {
		this.recentCalls = recentCalls;
	}

}
