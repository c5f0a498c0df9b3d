/**
 * A deterministic local mock of the General Augment v1 HTTP contract, on WireMock.
 *
 * <h2>Ways to run it</h2>
 * <ul>
 *   <li>In code: {@code try (GenaugMockServer mock = GenaugMockServer.start()) { mock.baseUrl(); }}
 *       (see {@link com.generalaugment.mock.GenaugMockServer} and {@link com.generalaugment.mock.GenaugMockOptions}).</li>
 *   <li>In JUnit 5: {@code @RegisterExtension static GenaugMockExtension mock = GenaugMockExtension.create();}
 *       (see {@link com.generalaugment.mock.junit.GenaugMockExtension}).</li>
 *   <li>Standalone: {@code java -jar genaug-mock/target/genaug-mock.jar --port 8787 [--host 127.0.0.1] [--quiet]}.</li>
 * </ul>
 *
 * <h2>What it serves</h2>
 * <p>Every operation of the contract's §2 with in-memory state: {@code /v1/responses} (plain and streamed),
 * {@code /api/v1/agent/memory/*} (with lineage and correction), {@code /api/v1/admin/me},
 * {@code /api/v1/admin/keys}, {@code /api/v1/admin/tools}, {@code /api/v1/admin/projects/*} (projects,
 * config deploys, usage, hosted tests, OpenAPI tools, scheduled jobs, runtime policy, SOUL, skills, logs,
 * observability, runs, traces, support bundle, channel status, tool-call audit, identity links) and
 * {@code /api/v1/integrations/*} (identity links and phone verification), plus health on
 * {@code /health/ready}, {@code /health/live} and {@code /v1/health} (no credentials; the body adds the
 * mock's {@code version}, {@code build} and {@code build_sha}). The behaviours the platform's own mock
 * lacks are listed in the module's {@code MOCK-BEHAVIOURS.md}. Responses and memory follow the
 * deterministic rules of §7, so the same request always gets the same ids and text. One project,
 * {@code proj_mock}, exists from the start. Project routes need {@code Authorization: Bearer <key>}, admin
 * and integration routes {@code X-Admin-Key}; any non-blank key passes unless keys are configured, and a
 * key issued by {@code POST /api/v1/admin/keys} passes by its scopes even then.
 *
 * <h2>Failure scenarios</h2>
 * <p>Selected per request with {@code X-Genaug-Mock-Scenario} (values in
 * {@link com.generalaugment.mock.platform.MockScenario}): {@code rate-limit}, {@code server-error},
 * {@code unavailable}, {@code slow}, {@code stream-stall}, {@code stream-truncated}, {@code stream-error}.
 * Pacing headers ({@link com.generalaugment.mock.platform.MockHeaders}): {@code X-Genaug-Mock-Delay-Ms},
 * {@code X-Genaug-Mock-Event-Delay-Ms}, {@code X-Genaug-Mock-Stream-Deltas}. Anything else can be stubbed
 * through {@link com.generalaugment.mock.GenaugMockServer#wireMock()}: user stubs take priority.
 *
 * <h2>The mock's own routes</h2>
 * <p>No credentials: {@code POST /__genaug/reset} clears the simulated state (not WireMock stubs);
 * {@code GET /__genaug/turns} lists the {@code /v1/responses} turns served since the last reset. WireMock's
 * admin API stays available under {@code /__admin}.
 */
@NullMarked
package com.generalaugment.mock;

import org.jspecify.annotations.NullMarked;
