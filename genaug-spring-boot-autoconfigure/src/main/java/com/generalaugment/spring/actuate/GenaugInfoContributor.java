package com.generalaugment.spring.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugment;
import com.generalaugment.client.GeneralAugmentClient;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code genaug} to {@code /actuator/info}: the SDK version, the base URL and which clients are
 * configured. Never a key.
 */
public class GenaugInfoContributor implements InfoContributor {

	private final @Nullable GeneralAugmentClient client;

	private final @Nullable AdminClient adminClient;

	/**
	 * Create the contributor.
	 * @param client the project client, {@code null} when none is configured
	 * @param adminClient the admin client, {@code null} when none is configured
	 */
	public GenaugInfoContributor(@Nullable GeneralAugmentClient client, @Nullable AdminClient adminClient) {
		this.client = client;
		this.adminClient = adminClient;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sdk", Map.of("version", GeneralAugment.VERSION));
		Map<String, Object> clients = new LinkedHashMap<>();
		clients.put("project", client((this.client != null) ? this.client.baseUrl() : null));
		clients.put("admin", client((this.adminClient != null) ? this.adminClient.baseUrl() : null));
		details.put("clients", clients);
		builder.withDetail("genaug", details);
	}

	private static Map<String, Object> client(@Nullable String baseUrl) {
		Map<String, Object> client = new LinkedHashMap<>();
		client.put("configured", baseUrl != null);
		if (baseUrl != null) {
			client.put("baseUrl", baseUrl);
		}
		return client;
	}

}
