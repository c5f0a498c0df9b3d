package com.generalaugment.sample;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, bearer tokens and roles over real HTTP, with a configured signing secret so that tests can
 * make tokens of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sample.token.secret=" + SampleTokens.SECRET)
class SampleSecurityTests {

	@LocalServerPort
	int port;

	private SampleHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SampleHttp(this.port);
	}

	@Test
	void signInWithBasicAnswersABearerTokenForTheUser() throws Exception {
		Instant before = Instant.now().minusSeconds(1);
		HttpResponse<String> response = this.http.requestToken(SampleHttp.basic("alice", "alice-password"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode body = SampleHttp.json(response);
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("access_token", "token_type", "expires_in");
		assertThat(body.get("token_type").stringValue()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isEqualTo(900);
		String jwt = body.get("access_token").stringValue();
		assertThat(SampleTokens.header(jwt).get("alg").stringValue()).isEqualTo("HS256");
		JsonNode claims = SampleTokens.claims(jwt);
		assertThat(claims.get("sub").stringValue()).isEqualTo("alice");
		assertThat(claims.get("roles").toString()).isEqualTo("[\"USER\"]");
		assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
		assertThat(claims.get("iat").asLong()).isGreaterThanOrEqualTo(before.getEpochSecond());
	}

	@Test
	void signInCarriesTheOpsRoleIntoTheToken() throws Exception {
		String ops = this.http.signIn("ops", "ops-password");

		assertThat(SampleTokens.claims(ops.substring("Bearer ".length())).get("roles").toString())
			.isEqualTo("[\"OPS\"]");
		assertThat(SampleHttp.json(this.http.get("/me", ops)).get("roles").toString()).isEqualTo("[\"OPS\"]");
	}

	@Test
	void signInWithAWrongPasswordOrAnUnknownUserIsAJson401WithABasicChallenge() throws Exception {
		for (String authorization : new String[] { SampleHttp.basic("alice", "wrong"),
				SampleHttp.basic("nobody", "alice-password"), null }) {
			HttpResponse<String> response = this.http.requestToken(authorization);

			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"genaug-sample\"");
			assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("unauthenticated");
		}
	}

	@Test
	void basicCredentialsAreRefusedEverywhereButTheTokenEndpoint() throws Exception {
		String basic = SampleHttp.basic("alice", "alice-password");
		HttpResponse<String> proxy = this.http.postJson("/ai/responses", basic, "{\"input\": \"Reply exactly with: hi\"}");
		HttpResponse<String> me = this.http.get("/me", basic);

		for (HttpResponse<String> response : List.of(proxy, me)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Bearer"));
			assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("unauthenticated");
		}
	}

	@Test
	void aBearerTokenCallsTheProxyAsItsUser() throws Exception {
		String alice = this.http.signIn("alice", "alice-password");

		HttpResponse<String> response = this.http.postJson("/ai/responses", alice,
				"{\"input\": \"Reply exactly with: hi\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(SampleHttp.json(response).get("output").get(0).get("content").get(0).get("text").stringValue())
			.isEqualTo("hi");
		JsonNode me = SampleHttp.json(this.http.get("/me", alice));
		assertThat(me.get("user").stringValue()).isEqualTo("alice");
		assertThat(me.get("roles").toString()).isEqualTo("[\"USER\"]");
	}

	@Test
	void usersAreForbiddenFromAdminTheSupportBundleAndOtherActuatorEndpoints() throws Exception {
		String bob = this.http.signIn("bob", "bob-password");

		for (HttpResponse<String> response : List.of(this.http.get("/admin/usage", bob),
				this.http.postJson("/admin/jobs", bob, "{\"everySeconds\": 600}"), this.http.get("/actuator/genaug", bob),
				this.http.get("/actuator", bob))) {
			assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(403);
			assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("forbidden");
		}
	}

	@Test
	void opsMayUseAdminTheSupportBundleAndOtherActuatorEndpoints() throws Exception {
		String ops = this.http.signIn("ops", "ops-password");

		assertThat(this.http.get("/admin/usage", ops).statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator/genaug", ops).statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator", ops).statusCode()).isEqualTo(200);
	}

	@Test
	void thePagesAreServedToAnyoneAsShellsWithoutData() throws Exception {
		for (String path : new String[] { "/", "/app.js", "/app.css", "/session.js", "/ops.html", "/ops.js" }) {
			HttpResponse<String> response = this.http.get(path, null);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		assertThat(this.http.get("/ops.html", null).body()).contains("id=\"run-verify\"")
			.doesNotContain("genaug-mock")
			.doesNotContain("proj_mock");
	}

	@Test
	void anonymousAndUserHealthShowTheStatusOnly() throws Exception {
		String alice = this.http.signIn("alice", "alice-password");

		for (String authorization : new String[] { null, alice }) {
			HttpResponse<String> response = this.http.get("/actuator/health", authorization);

			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode health = SampleHttp.json(response);
			assertThat(health.get("status").stringValue()).isEqualTo("UP");
			assertThat(health.has("components")).isFalse();
			assertThat(health.has("details")).isFalse();
		}
	}

	@Test
	void opsHealthShowsComponentsWithDetails() throws Exception {
		JsonNode health = SampleHttp.json(this.http.get("/actuator/health", this.http.signIn("ops", "ops-password")));

		assertThat(health.get("status").stringValue()).isEqualTo("UP");
		assertThat(health.get("components").get("genaug").get("details").has("sdkVersion")).isTrue();
		// The default run keeps the proxy's state in memory: no Redis is needed, nor reported.
		assertThat(health.get("components").get("genaugProxyStore").get("details").get("store").stringValue())
			.isEqualTo("memory");
		assertThat(health.get("components").has("redis")).isFalse();
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		Instant now = Instant.now();
		// Past the minute of clock skew the decoder allows between instances.
		String expired = SampleTokens.mint(SampleTokens.SECRET, "alice", now.minus(Duration.ofMinutes(20)),
				now.minus(Duration.ofMinutes(5)));

		assertRefused(this.http.get("/me", SampleHttp.bearer(expired)));
	}

	@Test
	void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
		Instant now = Instant.now();
		String forged = SampleTokens.mint("another-secret-of-at-least-thirty-two-bytes", "ops", now,
				now.plus(Duration.ofMinutes(5)));

		assertRefused(this.http.get("/me", SampleHttp.bearer(forged)));
		assertRefused(this.http.get("/actuator/genaug", SampleHttp.bearer(forged)));
	}

	@Test
	void aTokenFromAnotherIssuerIsRefusedEvenWithTheSameSecret() throws Exception {
		Instant now = Instant.now();
		String foreign = SampleTokens.mint(SampleTokens.SECRET, "some-other-service", "alice", now,
				now.plus(Duration.ofMinutes(5)));

		assertRefused(this.http.get("/me", SampleHttp.bearer(foreign)));
	}

	@Test
	void aTokenSignedWithTheSharedSecretElsewhereIsAccepted() throws Exception {
		Instant now = Instant.now();
		// What another instance configured with the same sample.token.secret issues.
		String fromAnotherInstance = SampleTokens.mint(SampleTokens.SECRET, "bob", now, now.plus(Duration.ofMinutes(5)));

		HttpResponse<String> me = this.http.get("/me", SampleHttp.bearer(fromAnotherInstance));

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(SampleHttp.json(me).get("user").stringValue()).isEqualTo("bob");
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(challenge) -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
		assertThat(SampleHttp.json(response).get("error").get("reason").stringValue()).isEqualTo("unauthenticated");
	}

}
