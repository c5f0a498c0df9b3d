package com.generalaugment.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The {@link GenaugConnectionDetails} the {@code genaug.*} properties (and the platform's environment
 * variables, which set them) describe.
 */
public final class PropertiesGenaugConnectionDetails implements GenaugConnectionDetails {

	private final GenaugProperties properties;

	/**
	 * Connection details read from the given properties.
	 * @param properties the bound {@code genaug.*} properties
	 */
	public PropertiesGenaugConnectionDetails(GenaugProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public @Nullable String getApiKey() {
		return this.properties.getApiKey();
	}

	@Override
	public String getAdminBaseUrl() {
		String adminBaseUrl = this.properties.getAdmin().getBaseUrl();
		return StringUtils.hasText(adminBaseUrl) ? adminBaseUrl : getBaseUrl();
	}

	@Override
	public @Nullable String getAdminApiKey() {
		return this.properties.getAdmin().getApiKey();
	}

	@Override
	public @Nullable String getProjectId() {
		return this.properties.getProjectId();
	}

	@Override
	public String toString() {
		// Never the keys: only whether each is there.
		return "PropertiesGenaugConnectionDetails[baseUrl=" + getBaseUrl() + ", adminBaseUrl=" + getAdminBaseUrl()
				+ ", apiKey=" + (StringUtils.hasText(getApiKey()) ? "(set)" : "(none)") + ", adminApiKey="
				+ (StringUtils.hasText(getAdminApiKey()) ? "(set)" : "(none)") + "]";
	}

}
