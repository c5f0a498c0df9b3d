package com.generalaugment.client;

import java.net.http.HttpClient;
import java.time.Duration;

import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.JdkHttpSender;
import com.generalaugment.client.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientBuilderTests {

	@Test
	void defaultsFollowTheContract() {
		GeneralAugmentClient client = GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).build();

		assertThat(client.baseUrl()).isEqualTo("https://api.generalaugment.com");
		assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(client.maxRetries()).isEqualTo(2);
	}

	@Test
	void callsGoOutOnTheBuildersSenderElseOnOneDefaultSharedByTheJvm() {
		HttpClient own = HttpClient.newBuilder().build();
		HttpSender custom = JdkHttpSender.shared()::send;

		assertThat(GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).httpSender(custom).build().httpSender())
			.isSameAs(custom);
		assertThat(GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).httpClient(own).build().httpSender())
			.isInstanceOfSatisfying(JdkHttpSender.class, (sender) -> assertThat(sender.httpClient()).isSameAs(own));
		assertThat(AdminClient.builder().adminKey("adm-1234").httpClient(own).build().httpSender())
			.isInstanceOfSatisfying(JdkHttpSender.class, (sender) -> assertThat(sender.httpClient()).isSameAs(own));
		assertThat(GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).httpClient(own).httpSender(null).build()
			.httpSender()).as("the last of httpClient and httpSender wins").isSameAs(JdkHttpSender.shared());
		assertThat(GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).build().httpSender())
			.isSameAs(AdminClient.builder().adminKey("adm-1234").build().httpSender())
			.isSameAs(JdkHttpSender.shared());
		assertThat(JdkHttpSender.shared().httpClient()).isNotSameAs(own)
			.isSameAs(JdkHttpSender.shared().httpClient());
		assertThat(JdkHttpSender.shared().httpClient().version()).isEqualTo(HttpClient.Version.HTTP_1_1);
	}

	@Test
	void stripsOneTrailingSlashFromTheBaseUrl() {
		assertThat(GeneralAugmentClient.builder().apiKey("k-1234").baseUrl("http://127.0.0.1:8787/").build().baseUrl())
			.isEqualTo("http://127.0.0.1:8787");
		assertThat(GeneralAugmentClient.builder().apiKey("k-1234").baseUrl("https://gw.example.com/genaug/").build()
			.baseUrl()).isEqualTo("https://gw.example.com/genaug");
	}

	@Test
	void blankKeyIsAClearError() {
		assertThatThrownBy(() -> GeneralAugmentClient.builder().build()).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("apiKey must not be blank")
			.hasMessageContaining("GENAUG_API_KEY");
		assertThatThrownBy(() -> GeneralAugmentClient.builder().apiKey("  ").build())
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void invalidBaseUrlsAreClearErrors() {
		for (String url : new String[] { "not a url", "ftp://example.com", "/relative", "http://",
				"https://example.com?x=1" }) {
			assertThatThrownBy(() -> GeneralAugmentClient.builder().apiKey("k-1234").baseUrl(url).build())
				.as(url)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("baseUrl");
		}
	}

	@Test
	void credentialsInTheBaseUrlAreRefusedWithoutEchoingThem() {
		assertThatThrownBy(
				() -> GeneralAugmentClient.builder().apiKey("k-1234").baseUrl("https://me:s3cret@example.com").build())
			.isInstanceOf(IllegalArgumentException.class)
			.message()
			.doesNotContain("s3cret");
	}

	@Test
	void negativeTimeoutAndRetriesAreRejected() {
		assertThatThrownBy(() -> GeneralAugmentClient.builder().timeout(Duration.ofSeconds(-1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("timeout");
		assertThatThrownBy(() -> GeneralAugmentClient.builder().maxRetries(-1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("maxRetries");
		assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofMillis(-5)).build())
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sizeLimitsMustBePositiveAndFitAnArray() {
		assertThatThrownBy(() -> GeneralAugmentClient.builder().maxResponseSize(0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("maxResponseSize");
		assertThatThrownBy(() -> AdminClient.builder().maxResponseSize(4L * 1024 * 1024 * 1024))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("maxResponseSize");
		assertThatThrownBy(() -> GeneralAugmentClient.builder().maxStreamEventSize(-1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("maxStreamEventSize");
	}

	@Test
	void credentialsCannotBeSmuggledInAsDefaultHeaders() {
		assertThatThrownBy(() -> GeneralAugmentClient.builder().defaultHeader("authorization", "Bearer x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theKeyNeverAppearsInToString() {
		GeneralAugmentClient client = GeneralAugmentClient.builder().apiKey(Fixtures.API_KEY).build();

		assertThat(client.toString()).doesNotContain(Fixtures.API_KEY);
	}

	@Test
	void versionComesFromTheBuild() {
		assertThat(GeneralAugment.VERSION).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
		assertThat(GeneralAugment.USER_AGENT).isEqualTo("genaug-java/" + GeneralAugment.VERSION);
	}

}
