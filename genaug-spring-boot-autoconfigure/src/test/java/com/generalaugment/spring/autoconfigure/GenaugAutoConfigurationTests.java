package com.generalaugment.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.error.Reasons;
import com.generalaugment.client.error.ResponseTooLargeException;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.spring.autoconfigure.env.GenaugEnvironmentPostProcessor;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class GenaugAutoConfigurationTests {

	static final String KEY = "sk-genaug-unit-SECRET-1234";

	static final String ADMIN_KEY = "ak-genaug-unit-SECRET-5678";

	private static final WireMockServer upstream = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GenaugAutoConfiguration.class));

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
	void whenApiKeyIsMissingThenNoClientBean() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(GeneralAugmentClient.class));
	}

	@Test
	void whenApiKeyIsBlankThenNoClientBean() {
		this.runner.withPropertyValues("genaug.api-key= ")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(GeneralAugmentClient.class));
	}

	@Test
	void whenApiKeyIsSetThenClientBeanUsesTheProperties() {
		this.runner
			.withPropertyValues("genaug.api-key=" + KEY, "genaug.base-url=https://eu.api.example.com/",
					"genaug.timeout=5s", "genaug.max-retries=0")
			.run((context) -> {
				GeneralAugmentClient client = context.getBean(GeneralAugmentClient.class);
				assertThat(client.baseUrl()).isEqualTo("https://eu.api.example.com");
				assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(client.maxRetries()).isZero();
			});
	}

	@Test
	void whenOnlyTheApiKeyIsSetThenTheDefaultsApply() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY).run((context) -> {
			GeneralAugmentClient client = context.getBean(GeneralAugmentClient.class);
			assertThat(client.baseUrl()).isEqualTo("https://api.generalaugment.com");
			assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(60));
			assertThat(client.maxRetries()).isEqualTo(2);
		});
	}

	@Test
	void whenAdminKeyIsMissingThenNoAdminClientBean() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY)
			.run((context) -> assertThat(context).hasSingleBean(GeneralAugmentClient.class)
				.doesNotHaveBean(AdminClient.class));
	}

	@Test
	void whenAdminKeyIsSetThenAdminClientBeanWithoutAProjectClient() {
		this.runner
			.withPropertyValues("genaug.admin.api-key=" + ADMIN_KEY, "genaug.base-url=https://eu.api.example.com",
					"genaug.project-id=proj_42", "genaug.timeout=7s", "genaug.max-retries=1")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(GeneralAugmentClient.class);
				AdminClient admin = context.getBean(AdminClient.class);
				assertThat(admin.baseUrl()).as("falls back to genaug.base-url").isEqualTo("https://eu.api.example.com");
				assertThat(admin.defaultProjectId()).isEqualTo("proj_42");
				assertThat(admin.timeout()).isEqualTo(Duration.ofSeconds(7));
				assertThat(admin.maxRetries()).isEqualTo(1);
			});
	}

	@Test
	void adminBaseUrlOverridesTheBaseUrl() {
		this.runner
			.withPropertyValues("genaug.admin.api-key=" + ADMIN_KEY, "genaug.base-url=https://api.example.com",
					"genaug.admin.base-url=https://admin.example.com")
			.run((context) -> assertThat(context.getBean(AdminClient.class).baseUrl())
				.isEqualTo("https://admin.example.com"));
	}

	@Test
	void adminClientSendsTheAdminKey() {
		this.runner
			.withPropertyValues("genaug.admin.api-key=" + ADMIN_KEY, "genaug.project-id=proj_42",
					"genaug.admin.base-url=" + upstream.baseUrl())
			.run((context) -> {
				upstream.stubFor(get("/api/v1/admin/projects/proj_42").willReturn(okJson("{\"id\":\"proj_42\"}")));
				context.getBean(AdminClient.class).project().get();
				upstream.verify(getRequestedFor(urlEqualTo("/api/v1/admin/projects/proj_42"))
					.withHeader("X-Admin-Key", equalTo(ADMIN_KEY))
					.withoutHeader("Authorization"));
			});
	}

	@Test
	void whenTheUserDefinesAnAdminClientThenItWins() {
		this.runner.withPropertyValues("genaug.admin.api-key=" + ADMIN_KEY)
			.withBean("myAdmin", AdminClient.class, () -> AdminClient.builder().adminKey("mine").build())
			.run((context) -> assertThat(context).getBean(AdminClient.class).isSameAs(context.getBean("myAdmin")));
	}

	@Test
	void adminCustomizersAreAppliedInOrder() {
		this.runner.withPropertyValues("genaug.admin.api-key=" + ADMIN_KEY)
			.withUserConfiguration(AdminCustomizerConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(AdminCustomizerConfiguration.class).calls).containsExactly("first", "second");
				assertThat(context.getBean(AdminClient.class).defaultProjectId()).isEqualTo("proj_second");
			});
	}

	@Test
	void whenTheTimeoutIsZeroThenItIsDisabled() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.timeout=0")
			.run((context) -> assertThat(context.getBean(GeneralAugmentClient.class).timeout()).isZero());
	}

	@Test
	void sizeLimitPropertiesApplyToBothClients() {
		String big = "{\"id\":\"proj_42\",\"padding\":\"" + "x".repeat(2048) + "\"}";
		upstream.stubFor(post("/v1/responses").willReturn(okJson(big)));
		upstream.stubFor(get("/api/v1/admin/projects/proj_42").willReturn(okJson(big)));
		this.runner
			.withPropertyValues("genaug.api-key=" + KEY, "genaug.admin.api-key=" + ADMIN_KEY,
					"genaug.project-id=proj_42", "genaug.base-url=" + upstream.baseUrl(), "genaug.max-retries=0",
					"genaug.max-response-size=1KB", "genaug.max-stream-event-size=1KB")
			.run((context) -> {
				GeneralAugmentClient client = context.getBean(GeneralAugmentClient.class);
				ResponseCreateParams request = ResponseCreateParams.builder().input("hi").build();
				assertThatExceptionOfType(ResponseTooLargeException.class).isThrownBy(() -> client.responses().create(request))
					.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reasons.RESPONSE_TOO_LARGE));
				assertThatExceptionOfType(ResponseTooLargeException.class)
					.isThrownBy(() -> context.getBean(AdminClient.class).project().get());

				upstream.stubFor(post("/v1/responses").willReturn(aResponse()
					.withHeader("Content-Type", "text/event-stream")
					.withBody("event: response.completed\ndata: " + big + "\n\n")));
				try (ResponseStream stream = client.responses().stream(request)) {
					assertThatExceptionOfType(ResponseTooLargeException.class).isThrownBy(stream::collectText)
						.withMessageContaining("maxStreamEventSize");
				}
			});
	}

	@Test
	void sizeLimitOfZeroFailsAtBinding() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.max-stream-event-size=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("maxStreamEventSize")
				.hasMessageContaining("must be a size from 1B to 2GB");
		});
	}

	@Test
	void whenTheUserDefinesAClientThenItWins() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY)
			.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> assertThat(context).getBean(GeneralAugmentClient.class)
				.isSameAs(context.getBean("myClient")));
	}

	@Test
	void customizersAreAppliedInOrderAfterTheProperties() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.max-retries=1")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(CustomizerConfiguration.class).calls).containsExactly("first", "second");
				// The later customizer's value wins over the earlier one and over the property.
				assertThat(context.getBean(GeneralAugmentClient.class).maxRetries()).isEqualTo(5);
			});
	}

	@Test
	void clientIsBuiltOnTheApplicationsRestClientBuilder() {
		this.runner.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
			.withPropertyValues("genaug.api-key=" + KEY, "genaug.base-url=" + upstream.baseUrl(), "genaug.max-retries=0")
			.withBean("stampingCustomizer", RestClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-App-Stamp", "from-boot-builder"))
			.run((context) -> {
				upstream.stubFor(post("/v1/responses").willReturn(okJson("{\"id\":\"resp_1\",\"object\":\"response\"}")));
				context.getBean(GeneralAugmentClient.class)
					.responses().create(ResponseCreateParams.builder().model("balanced").input("hi").build());
				upstream.verify(postRequestedFor(urlEqualTo("/v1/responses"))
					.withHeader("X-App-Stamp", equalTo("from-boot-builder"))
					.withHeader("Authorization", equalTo("Bearer " + KEY)));
			});
	}

	@Test
	void malformedBaseUrlFailsWithAnAnalysis() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.base-url=api.generalaugment.com")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("genaug.base-url", "'api.generalaugment.com'",
						"not an absolute http:// or https:// URL");
				assertThat(analysis.getAction()).contains("Set genaug.base-url", "https://api.generalaugment.com");
			});
	}

	@Test
	void baseUrlWithCredentialsFailsWithoutEchoingThem() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.base-url=https://user:hunter2@api.example.com")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("contains credentials").doesNotContain("hunter2");
				assertThat(analysis.getAction()).contains("genaug.api-key");
			});
	}

	@Test
	void malformedAdminBaseUrlNamesTheAdminProperty() {
		this.runner.withPropertyValues("genaug.admin.api-key=" + ADMIN_KEY, "genaug.admin.base-url=ftp://admin.example.com")
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.contains("'genaug.admin.base-url' is 'ftp://admin.example.com'"));
	}

	@Test
	void negativeTimeoutFailsAtBinding() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.timeout=-5s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("genaug.timeout")
				.hasMessageContaining("must be a duration of 0 or more (0 disables the timeout)");
		});
	}

	@Test
	void negativeRetriesFailAtBinding() {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.max-retries=-1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("must be 0 or more (0 means no retries)");
		});
	}

	@Test
	void analysisNamesThePlatformVariableTheValueCameFrom() {
		ConfigurableEnvironment[] environment = new ConfigurableEnvironment[1];
		this.runner.withPropertyValues("genaug.api-key=" + KEY).withInitializer((context) -> {
			environment[0] = context.getEnvironment();
			environment[0].getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("GENAUG_API_BASE_URL", "api.example.com")));
			new GenaugEnvironmentPostProcessor().postProcessEnvironment(environment[0], new SpringApplication());
		}).run((context) -> {
			FailureAnalysis analysis = new GenaugFailureAnalyzer(environment[0]).analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'genaug.base-url' is 'api.example.com'")
				.contains("Origin: System Environment Property \"GENAUG_API_BASE_URL\"");
		});
	}

	@Test
	void startupFailureIsReportedByTheRegisteredAnalyzer(CapturedOutput output) {
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(GenaugAutoConfiguration.class).web(WebApplicationType.NONE)
				.run("--genaug.api-key=" + KEY, "--genaug.base-url=ftp://example.com"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid General Augment configuration: property 'genaug.base-url' is 'ftp://example.com'.")
			.contains("Origin: \"genaug.base-url\" from property source \"commandLineArgs\"")
			.contains("Set genaug.base-url to the API's absolute URL")
			.doesNotContain(KEY);
	}

	@Test
	void analysisNeverContainsTheKey(CapturedOutput output) {
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(GenaugAutoConfiguration.class).web(WebApplicationType.NONE)
				.run("--genaug.api-key=" + KEY, "--genaug.timeout=-1s"));
		assertThat(output).contains("Property: genaug.timeout").doesNotContain(KEY);
	}

	@Test
	void whenMockIsEnabledButAKeyIsSetThenItWarnsAndUsesThePlatform(CapturedOutput output) {
		this.runner.withPropertyValues("genaug.api-key=" + KEY, "genaug.mock.enabled=true").run((context) -> {
			assertThat(context.getBean(GeneralAugmentClient.class).baseUrl()).isEqualTo("https://api.generalaugment.com");
			assertThat(output).contains("genaug.mock.enabled=true is ignored because genaug.api-key is set")
				.doesNotContain(KEY);
		});
	}

	private static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new GenaugFailureAnalyzer(null).analyze(failure);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).doesNotContain("\tat ");
		return analysis;
	}

	@Test
	void aDeclaredConnectionDetailsBeanConfiguresBothClientsWithoutKeyProperties() {
		upstream.stubFor(post(urlEqualTo("/v1/responses")).willReturn(okJson(
				"{\"id\":\"resp_1\",\"status\":\"completed\",\"output_text\":\"from the details\"}")));
		this.runner.withBean(GenaugConnectionDetails.class, () -> new GenaugConnectionDetails() {
			@Override
			public String getBaseUrl() {
				return upstream.baseUrl();
			}

			@Override
			public String getApiKey() {
				return KEY;
			}

			@Override
			public String getAdminApiKey() {
				return ADMIN_KEY;
			}

			@Override
			public String getProjectId() {
				return "proj_details";
			}
		}).run((context) -> {
			assertThat(context).hasSingleBean(GeneralAugmentClient.class).hasSingleBean(AdminClient.class);
			assertThat(context.getBean(AdminClient.class).project().id()).isEqualTo("proj_details");
			String text = context.getBean(GeneralAugmentClient.class)
				.responses()
				.create(ResponseCreateParams.builder().user("u-1").input("hi").build())
				.outputText();
			assertThat(text).isEqualTo("from the details");
			upstream.verify(postRequestedFor(urlEqualTo("/v1/responses")).withHeader("Authorization",
					equalTo("Bearer " + KEY)));
		});
	}

	@Test
	void connectionDetailsWithoutAnAdminKeyFailWithAnAnalysisNamingTheBean() {
		this.runner.withBean(GenaugConnectionDetails.class, () -> new GenaugConnectionDetails() {
			@Override
			public String getBaseUrl() {
				return upstream.baseUrl();
			}

			@Override
			public String getApiKey() {
				return KEY;
			}

			@Override
			public @org.jspecify.annotations.Nullable String getAdminApiKey() {
				return null;
			}
		}).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(analyze(context.getStartupFailure()).getDescription()).contains("genaug.admin.api-key").contains("bean supplies no key");
		});
	}

	@Test
	void aheadOfTimeADeclaredButEmptyKeyStillRegistersItsClientWhichNeedsTheKeyWhenTheAppStarts() {
		// What the AOT processor sets while it decides the bean definitions.
		this.runner.withSystemProperties("spring.aot.processing=true")
			.withPropertyValues("genaug.api-key=")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(analyze(context.getStartupFailure()).getDescription()).contains("genaug.api-key")
					.contains("supplies no key");
			});
	}

	@Test
	void aheadOfTimeAKeyTheConfigurationDoesNotDeclareRegistersNoClient() {
		this.runner.withSystemProperties("spring.aot.processing=true")
			.withPropertyValues("genaug.api-key=" + KEY)
			.run((context) -> assertThat(context).hasSingleBean(GeneralAugmentClient.class)
				.doesNotHaveBean(AdminClient.class));
	}

	@Test
	void theConnectionDetailsFromPropertiesNeverShowTheKeys() {
		GenaugProperties properties = new GenaugProperties();
		properties.setApiKey(KEY);
		properties.getAdmin().setApiKey(ADMIN_KEY);
		assertThat(new PropertiesGenaugConnectionDetails(properties).toString()).doesNotContain(KEY)
			.doesNotContain(ADMIN_KEY)
			.contains("apiKey=(set)");
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		GeneralAugmentClient myClient() {
			return GeneralAugmentClient.builder().apiKey("user-key").baseUrl("https://user.example.com").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AdminCustomizerConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		AdminClientCustomizer second() {
			return new OrderedAdminCustomizer(2, () -> {
				this.calls.add("second");
				return "proj_second";
			});
		}

		@Bean
		AdminClientCustomizer first() {
			return new OrderedAdminCustomizer(1, () -> {
				this.calls.add("first");
				return "proj_first";
			});
		}

	}

	/** Ordered through {@link Ordered} rather than {@code @Order}. */
	record OrderedAdminCustomizer(int order, Supplier<String> project) implements AdminClientCustomizer, Ordered {

		@Override
		public void customize(AdminClient.Builder builder) {
			builder.projectId(this.project.get());
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		GeneralAugmentClientCustomizer second() {
			return (builder) -> {
				this.calls.add("second");
				builder.maxRetries(5);
			};
		}

		@Bean
		@Order(1)
		GeneralAugmentClientCustomizer first() {
			return (builder) -> {
				this.calls.add("first");
				builder.maxRetries(3);
			};
		}

	}

}
