package com.generalaugment.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotation processors ran (build notes trap 4: they can silently not run) and every property is
 * documented for IDEs.
 */
class ConfigurationMetadataTests {

	@Test
	void everyGenaugPropertyHasADescription() throws IOException {
		JsonNode metadata = read("META-INF/spring-configuration-metadata.json");
		List<String> names = new ArrayList<>();
		List<String> undocumented = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			String name = property.get("name").asString();
			names.add(name);
			JsonNode description = property.get("description");
			if (name.startsWith("genaug.") && (description == null || description.asString().isBlank())) {
				undocumented.add(name);
			}
		}
		assertThat(names).contains("genaug.api-key", "genaug.base-url", "genaug.project-id", "genaug.timeout",
				"genaug.max-retries", "genaug.max-response-size", "genaug.max-stream-event-size", "genaug.admin.api-key", "genaug.admin.base-url", "genaug.health.timeout",
				"genaug.health.cache-ttl", "genaug.health.failure-cache-ttl", "genaug.mock.enabled");
		assertThat(undocumented).isEmpty();
	}

	@Test
	void defaultsAreVisible() throws IOException {
		JsonNode metadata = read("META-INF/spring-configuration-metadata.json");
		assertThat(defaultOf(metadata, "genaug.base-url")).isEqualTo("https://api.generalaugment.com");
		assertThat(defaultOf(metadata, "genaug.timeout")).isEqualTo("60s");
		assertThat(defaultOf(metadata, "genaug.max-retries")).isEqualTo("2");
		assertThat(defaultOf(metadata, "genaug.max-response-size")).isEqualTo("16MB");
		assertThat(defaultOf(metadata, "genaug.max-stream-event-size")).isEqualTo("1MB");
		assertThat(defaultOf(metadata, "genaug.health.cache-ttl")).isEqualTo("30s");
	}

	@Test
	void theProxyStoreAndItsFailureBehaviourOfferTheirValues() throws IOException {
		JsonNode metadata = read("META-INF/spring-configuration-metadata.json");
		assertThat(defaultOf(metadata, "genaug.proxy.store")).isEqualTo("memory");
		assertThat(defaultOf(metadata, "genaug.proxy.redis.timeout")).isEqualTo("500ms");
		assertThat(defaultOf(metadata, "genaug.proxy.redis.lease")).isEqualTo("30s");
		assertThat(defaultOf(metadata, "genaug.proxy.redis.key-prefix")).isEqualTo("genaug:proxy:");
		assertThat(defaultOf(metadata, "genaug.proxy.conversations.ttl")).isEqualTo("24h");
		assertThat(hintValues(metadata, "genaug.proxy.store")).containsExactly("memory", "redis");
		assertThat(hintValues(metadata, "genaug.proxy.redis.on-failure")).containsExactly("fail-closed", "fail-open");
	}

	private static List<String> hintValues(JsonNode metadata, String name) {
		for (JsonNode hint : metadata.get("hints")) {
			if (hint.get("name").asString().equals(name)) {
				List<String> values = new ArrayList<>();
				hint.get("values").forEach((value) -> values.add(value.get("value").asString()));
				return values;
			}
		}
		throw new AssertionError(name + " has no hint");
	}

	@Test
	void autoConfigurationMetadataIsGenerated() throws IOException {
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("META-INF/spring-autoconfigure-metadata.properties")) {
			assertThat(in).isNotNull();
			assertThat(new String(in.readAllBytes())).contains(GenaugAutoConfiguration.class.getName());
		}
	}

	private static String defaultOf(JsonNode metadata, String name) {
		for (JsonNode property : metadata.get("properties")) {
			if (property.get("name").asString().equals(name)) {
				return property.path("defaultValue").asString();
			}
		}
		throw new AssertionError(name + " is not in the metadata");
	}

	private static JsonNode read(String resource) throws IOException {
		try (InputStream in = ConfigurationMetadataTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return JsonMapper.shared().readTree(in);
		}
	}

}
