package com.generalaugment.benchmarks.proxy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClasspathsTests {

	// A cut of `mvn dependency:tree -Dverbose -Dscope=runtime`: jspecify won in a test-scoped branch the tree
	// filtered out, so it appears only as omitted duplicates.
	private static final List<String> TREE = List.of("com.generalaugment:genaug-benchmarks:jar:0.1.0-SNAPSHOT",
			"+- org.springframework.boot:spring-boot-starter-webmvc:jar:4.0.7:compile",
			"|  +- org.springframework:spring-web:jar:7.0.8:compile",
			"|  |  \\- (org.jspecify:jspecify:jar:1.0.0:compile - version managed from 1.0.0; omitted for duplicate)",
			"|  \\- (tools.jackson.core:jackson-databind:jar:3.1.4:compile - omitted for duplicate)",
			"+- com.generalaugment:genaug-spring-boot-starter:jar:0.1.0-SNAPSHOT:compile",
			"|  +- com.generalaugment:genaug-client:jar:0.1.0-SNAPSHOT:compile",
			"|  |  \\- tools.jackson.core:jackson-databind:jar:3.1.4:compile",
			"|  |     \\- tools.jackson.core:jackson-core:jar:3.1.4:compile",
			"|  \\- com.bucket4j:bucket4j_jdk17-core:jar:8.17.0:compile",
			"\\- com.openai:openai-java:jar:4.101.0:compile", "   \\- com.squareup.okhttp3:okhttp:jar:4.12.0:compile");

	@Test
	void closureFollowsEdgesListedUnderAnotherDependency() {
		Classpaths.DependencyGraph graph = Classpaths.DependencyGraph.parse(TREE);
		Set<String> app = graph.closure(Set.of("org.springframework.boot:spring-boot-starter-webmvc"));
		assertThat(app).contains("tools.jackson.core:jackson-databind", "tools.jackson.core:jackson-core",
				"org.jspecify:jspecify");
		assertThat(graph.jars(app)).contains("jackson-core-3.1.4.jar", "jspecify-1.0.0.jar");
	}

	@Test
	void starterClosureHoldsWhatOnlyTheStarterBrings() {
		Classpaths.DependencyGraph graph = Classpaths.DependencyGraph.parse(TREE);
		assertThat(graph.closure(Set.of("com.generalaugment:genaug-spring-boot-starter")))
			.contains("com.generalaugment:genaug-client", "com.bucket4j:bucket4j_jdk17-core")
			.doesNotContain("com.squareup.okhttp3:okhttp");
	}

}
