package com.generalaugment.spring.autoconfigure.observation;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.spring.autoconfigure.GenaugAutoConfiguration;
import com.generalaugment.spring.observation.DefaultGenaugObservationConvention;
import com.generalaugment.spring.observation.GenaugGenAiMetricsObservationHandler;
import com.generalaugment.spring.observation.GenaugObservationCallListener;
import com.generalaugment.spring.observation.GenaugObservationContext;
import com.generalaugment.spring.observation.GenaugObservationConvention;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.observation.transport.SenderContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GenaugObservationTests {

	private static final WireMockServer upstream = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final String REPLY = """
			{"id": "resp_obs_1", "object": "response", "status": "completed", "model": "balanced",
			 "output": [{"id": "msg_1", "type": "message", "role": "assistant", "status": "completed",
			             "content": [{"type": "output_text", "text": "Hi there you", "annotations": []}]}],
			 "usage": {"input_tokens": 7, "output_tokens": 3, "total_tokens": 10},
			 "metadata": {"general_augment_request_id": "req_obs_1", "general_augment_trace_id": "trace_obs_1"}}
			""";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, GenaugAutoConfiguration.class,
				GenaugObservationAutoConfiguration.class))
		.withBean(TestObservationRegistry.class, GenaugObservationTests::observationRegistry)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("genaug.api-key=sk-obs", "genaug.max-retries=0");

	@BeforeAll
	static void start() {
		upstream.start();
	}

	@AfterAll
	static void stop() {
		upstream.stop();
	}

	@BeforeEach
	void reset() {
		upstream.resetAll();
	}

	@Test
	void callIsObservedWithTheGenAiTags() {
		upstream.stubFor(post("/v1/responses").willReturn(okJson(REPLY)));
		this.runner.withPropertyValues("genaug.base-url=" + upstream.baseUrl()).run((context) -> {
			context.getBean(GeneralAugmentClient.class).responses().create(request());
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasNumberOfObservationsWithNameEqualTo(DefaultGenaugObservationConvention.NAME, 1)
				.hasObservationWithNameEqualTo(DefaultGenaugObservationConvention.NAME)
				.that()
				.hasBeenStarted()
				.hasBeenStopped()
				.hasContextualNameEqualTo("createResponse balanced")
				.hasLowCardinalityKeyValue("gen_ai.operation.name", "chat")
				.hasLowCardinalityKeyValue("genaug.operation", "createResponse")
				.hasLowCardinalityKeyValue("gen_ai.provider.name", "general_augment")
				.hasLowCardinalityKeyValue("gen_ai.request.model", "balanced")
				.hasLowCardinalityKeyValue("http.response.status_code", "200")
				.hasLowCardinalityKeyValue("error.type", "none")
				.hasHighCardinalityKeyValue("gen_ai.response.id", "resp_obs_1")
				.hasHighCardinalityKeyValue("genaug.request_id", "req_obs_1")
				.hasHighCardinalityKeyValue("genaug.trace_id", "trace_obs_1")
				.doesNotHaveError();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(tokens(meters, "input")).isEqualTo(7.0);
			assertThat(tokens(meters, "output")).isEqualTo(3.0);
			assertThat(meters.get(GenaugGenAiMetricsObservationHandler.TOKEN_USAGE)
				.tag("gen_ai.operation.name", "chat")
				.tag("genaug.operation", "createResponse")
				.tag("gen_ai.request.model", "balanced")
				.tag("gen_ai.provider.name", "general_augment")
				.summaries()).hasSize(2)
				.allSatisfy((summary) -> assertThat(summary.getId().getBaseUnit()).isEqualTo("{token}"));
			DistributionSummary duration = meters.get(GenaugGenAiMetricsObservationHandler.OPERATION_DURATION)
				.tag("gen_ai.operation.name", "chat")
				.tag("gen_ai.provider.name", "general_augment")
				.tag("error.type", "none")
				.summary();
			assertThat(duration.getId().getBaseUnit()).isEqualTo("s");
			assertThat(duration.count()).isEqualTo(1);
			assertThat(duration.totalAmount()).isPositive().isLessThan(10);
			// The conventions' buckets, so a histogram reaches the backend rather than a bare average.
			assertThat(duration.takeSnapshot().histogramCounts()).isNotEmpty();
			assertThat(meters.find(GenaugGenAiMetricsObservationHandler.TIME_TO_FIRST_CHUNK).summaries())
				.as("no time to first chunk for a call that is not a stream")
				.isEmpty();
		});
	}

	@Test
	void httpObservationsOfTheAttemptsAreChildrenOfTheCall() {
		upstream.stubFor(post("/v1/responses").willReturn(okJson(REPLY)));
		this.runner.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class,
				RestClientObservationAutoConfiguration.class))
			.withPropertyValues("genaug.base-url=" + upstream.baseUrl())
			.run((context) -> {
				context.getBean(GeneralAugmentClient.class).responses().create(request());
				TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("http.client.requests")
					.that()
					.hasParentObservationContextMatching((parent) -> parent instanceof GenaugObservationContext);
				assertThat(registry.getCurrentObservation()).as("scope closed after the call").isNull();
			});
	}

	@Test
	void traceContextOfTheObservationIsSentUpstream() {
		upstream.stubFor(post("/v1/responses").willReturn(okJson(REPLY)));
		this.runner.withPropertyValues("genaug.base-url=" + upstream.baseUrl()).run((context) -> {
			context.getBean(GeneralAugmentClient.class).responses().create(request());
			upstream.verify(postRequestedFor(urlEqualTo("/v1/responses")).withHeader("traceparent", equalTo(TRACEPARENT)));
		});
	}

	@Test
	void failedCallIsObservedWithItsStatusAndReason() {
		upstream.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-ID", "req_limited")
			.withBody("{\"detail\":{\"code\":\"rate_limited\",\"reason\":\"rate_limited\",\"message\":\"Slow down\"}}")));
		this.runner.withPropertyValues("genaug.base-url=" + upstream.baseUrl()).run((context) -> {
			assertThatExceptionOfType(GeneralAugmentException.class)
				.isThrownBy(() -> context.getBean(GeneralAugmentClient.class).responses().create(request()));
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasObservationWithNameEqualTo(DefaultGenaugObservationConvention.NAME)
				.that()
				.hasBeenStopped()
				.hasLowCardinalityKeyValue("http.response.status_code", "429")
				.hasLowCardinalityKeyValue("error.type", "rate_limited")
				.hasHighCardinalityKeyValue("genaug.request_id", "req_limited")
				.hasError();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.find(GenaugGenAiMetricsObservationHandler.TOKEN_USAGE).summaries()).isEmpty();
			assertThat(meters.get(GenaugGenAiMetricsObservationHandler.OPERATION_DURATION).tag("error.type", "rate_limited").summary().count())
				.isEqualTo(1);
		});
	}

	@Test
	void streamIsObservedUntilItEndsAndItsTokensAreCounted() {
		String completed = REPLY.replace("\n", "").replace("resp_obs_1", "resp_stream_1");
		String events = "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,"
				+ "\"response\":{\"id\":\"resp_stream_1\",\"status\":\"in_progress\"}}\n\n"
				+ "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
				+ "\"sequence_number\":1,\"delta\":\"Hi there you\"}\n\n"
				+ "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":2,"
				+ "\"response\":" + completed + "}\n\n";
		upstream.stubFor(post("/v1/responses").willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(events)));
		this.runner.withPropertyValues("genaug.base-url=" + upstream.baseUrl()).run((context) -> {
			TestObservationRegistry observations = context.getBean(TestObservationRegistry.class);
			try (ResponseStream stream = context.getBean(GeneralAugmentClient.class).responses().stream(request())) {
				stream.forEach((event) -> {
				});
			}
			TestObservationRegistryAssert.assertThat(observations)
				.hasObservationWithNameEqualTo(DefaultGenaugObservationConvention.NAME)
				.that()
				.hasBeenStopped()
				.hasLowCardinalityKeyValue("gen_ai.operation.name", "chat")
				.hasLowCardinalityKeyValue("genaug.operation", "streamResponse")
				.hasHighCardinalityKeyValue("gen_ai.response.id", "resp_stream_1");
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			DistributionSummary firstChunk = meters.get(GenaugGenAiMetricsObservationHandler.TIME_TO_FIRST_CHUNK)
				.tag("genaug.operation", "streamResponse")
				.summary();
			assertThat(firstChunk.getId().getBaseUnit()).isEqualTo("s");
			assertThat(firstChunk.count()).isEqualTo(1);
			assertThat(firstChunk.totalAmount())
				.isLessThanOrEqualTo(meters.get(GenaugGenAiMetricsObservationHandler.OPERATION_DURATION).tag("genaug.operation", "streamResponse")
					.summary()
					.totalAmount());
			assertThat(tokens(meters, "input")).isEqualTo(7.0);
			assertThat(tokens(meters, "output")).isEqualTo(3.0);
		});
	}

	@Test
	void adminCallsAreObservedToo() {
		upstream.stubFor(get("/api/v1/admin/projects/proj_1").willReturn(okJson("{\"id\":\"proj_1\"}")));
		this.runner.withPropertyValues("genaug.admin.api-key=ak-obs", "genaug.admin.base-url=" + upstream.baseUrl())
			.run((context) -> {
				context.getBean(AdminClient.class).projects().get("proj_1");
				TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
					.hasObservationWithNameEqualTo(DefaultGenaugObservationConvention.NAME)
					.that()
					.hasLowCardinalityKeyValue("gen_ai.operation.name", "getProject")
					.hasLowCardinalityKeyValue("gen_ai.request.model", "none")
					.hasLowCardinalityKeyValue("http.response.status_code", "200");
			});
	}

	@Test
	void customConventionReplacesTheDefault() {
		upstream.stubFor(post("/v1/responses").willReturn(okJson(REPLY)));
		this.runner.withPropertyValues("genaug.base-url=" + upstream.baseUrl())
			.withBean(GenaugObservationConvention.class, () -> new DefaultGenaugObservationConvention() {

				@Override
				public String getName() {
					return "my.genai.calls";
				}

			})
			.run((context) -> {
				context.getBean(GeneralAugmentClient.class).responses().create(request());
				TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
					.hasObservationWithNameEqualTo("my.genai.calls");
			});
	}

	@Test
	void withoutAnObservationRegistryNoListener() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(GenaugAutoConfiguration.class, GenaugObservationAutoConfiguration.class))
			.withPropertyValues("genaug.api-key=k")
			.run((context) -> assertThat(context).hasSingleBean(GeneralAugmentClient.class)
				.doesNotHaveBean(GenaugObservationCallListener.class));
	}

	@Test
	void withoutMicrometerNoObservationBeans() {
		this.runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class, MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(GenaugObservationCallListener.class)
				.doesNotHaveBean(GenaugGenAiMetricsObservationHandler.class));
	}

	private static double tokens(MeterRegistry meters, String type) {
		return meters.get(GenaugGenAiMetricsObservationHandler.TOKEN_USAGE)
			.tag(GenaugGenAiMetricsObservationHandler.TOKEN_TYPE, type)
			.summary()
			.totalAmount();
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().model("balanced").user("u1").input("Hello").build();
	}

	private static TestObservationRegistry observationRegistry() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		// What Micrometer Tracing's propagating handler does for a sender context, minus the tracer.
		registry.observationConfig().observationHandler(new ObservationHandler<SenderContext<Object>>() {

			@Override
			public void onStart(SenderContext<Object> context) {
				context.getSetter().set(context.getCarrier(), "traceparent", TRACEPARENT);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof SenderContext;
			}

		});
		return registry;
	}

}
