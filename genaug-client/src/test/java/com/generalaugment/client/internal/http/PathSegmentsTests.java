package com.generalaugment.client.internal.http;

import com.generalaugment.client.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathSegmentsTests {

	@Test
	void encodesTheContractFixtures() {
		assertThat(PathSegments.encode("proj/1")).isEqualTo("proj%2F1");
		assertThat(PathSegments.encode("+1555/1")).isEqualTo("%2B1555%2F1");
		assertThat(PathSegments.encode("app/user")).isEqualTo("app%2Fuser");
		assertThat(PathSegments.encode("a b")).isEqualTo("a%20b");
		assertThat(PathSegments.encode("plain-id_1.x~")).isEqualTo("plain-id_1.x~");
		assertThat(PathSegments.encode("é")).isEqualTo("%C3%A9");
	}

	@Test
	void buildsPathsAndOmitsAbsentQueryParameters() {
		ApiRequest request = ApiRequest.builder("usage", HttpMethod.GET, "/api/v1/admin/projects/{}/usage", "proj/1")
			.query("start_date", "2026-04-01")
			.query("end_date", null)
			.query("q", "a b+c")
			.build();

		assertThat(request.pathAndQuery())
			.isEqualTo("/api/v1/admin/projects/proj%2F1/usage?start_date=2026-04-01&q=a%20b%2Bc");
		assertThat(request.safety()).isEqualTo(RetrySafety.IDEMPOTENT);
		assertThat(ApiRequest.builder("x", HttpMethod.POST, "/x").build().safety()).isEqualTo(RetrySafety.UNSAFE);
		assertThatThrownBy(() -> ApiRequest.builder("x", HttpMethod.GET, "/a/{}")).isInstanceOf(IllegalArgumentException.class);
	}

}
