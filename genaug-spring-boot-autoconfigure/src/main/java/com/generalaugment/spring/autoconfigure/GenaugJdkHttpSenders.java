package com.generalaugment.spring.autoconfigure;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

import com.generalaugment.client.http.JdkHttpSender;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.util.StringUtils;

/**
 * The JDK sender both clients send through: the SDK's shared one while nothing asks for another, else one
 * built by Boot's {@link JdkHttpClientBuilder} from {@code spring.http.clients.*}, {@code genaug.ssl.bundle}
 * and, with {@code spring.threads.virtual.enabled}, an executor of virtual threads.
 */
final class GenaugJdkHttpSenders {

	private GenaugJdkHttpSenders() {
	}

	/**
	 * The sender when Boot's HTTP client module is not on the class path.
	 * @param sslBundleName {@code genaug.ssl.bundle}, or {@code null}
	 * @param sslBundles the application's bundles
	 * @param virtualThreads whether the client's executor runs virtual threads
	 * @return the sender
	 */
	static JdkHttpSender create(@Nullable String sslBundleName, ObjectProvider<SslBundles> sslBundles,
			boolean virtualThreads) {
		SslBundle bundle = bundle(sslBundleName, sslBundles);
		if (bundle == null && !virtualThreads) {
			return JdkHttpSender.shared();
		}
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER);
		if (bundle != null) {
			builder.sslContext(bundle.createSslContext());
		}
		if (virtualThreads) {
			builder.executor(virtualThreadExecutor());
		}
		return JdkHttpSender.create(builder.build());
	}

	static @Nullable SslBundle bundle(@Nullable String name, ObjectProvider<SslBundles> sslBundles) {
		if (!StringUtils.hasText(name)) {
			return null;
		}
		return namedBundle(name.strip(), sslBundles);
	}

	private static SslBundle namedBundle(String name, ObjectProvider<SslBundles> sslBundles) {
		SslBundles bundles = sslBundles.getIfAvailable();
		String action = "Define the bundle under spring.ssl.bundle.pem." + name + " (or .jks." + name
				+ "), or set genaug.ssl.bundle to one of the application's bundles";
		if (bundles == null) {
			throw new InvalidGenaugPropertyException("genaug.ssl.bundle", name, "the application has no SSL bundles.",
					action + ".");
		}
		try {
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidGenaugPropertyException("genaug.ssl.bundle", name, "there is no SSL bundle of that name.",
					action + " " + bundles.getBundleNames() + ".");
		}
	}

	private static Executor virtualThreadExecutor() {
		return new VirtualThreadTaskExecutor("genaug-http-");
	}

	/** Kept apart so that Boot's HTTP client types are only loaded when they are there. */
	static final class WithSettings {

		// The SDK's own defaults wherever spring.http.clients.* says nothing: a 10 s connect timeout, and no
		// redirects, which would resend the key to wherever the platform's reply points.
		private static final HttpClientSettings SDK_DEFAULTS = new HttpClientSettings(HttpRedirects.DONT_FOLLOW,
				Duration.ofSeconds(10), null, null);

		private WithSettings() {
		}

		/**
		 * The sender from Boot's settings.
		 * @param sslBundleName {@code genaug.ssl.bundle}, or {@code null}
		 * @param sslBundles the application's bundles
		 * @param bootSettings the {@code HttpClientSettings} bean ({@code spring.http.clients.*})
		 * @param virtualThreads whether the client's executor runs virtual threads
		 * @return the sender
		 */
		static JdkHttpSender create(@Nullable String sslBundleName, ObjectProvider<SslBundles> sslBundles,
				@Nullable HttpClientSettings bootSettings, boolean virtualThreads) {
			SslBundle bundle = bundle(sslBundleName, sslBundles);
			HttpClientSettings settings = (bootSettings != null) ? bootSettings : HttpClientSettings.defaults();
			boolean asSdkDefault = settings.redirects() == null && settings.connectTimeout() == null
					&& settings.sslBundle() == null && bundle == null && !virtualThreads;
			if (asSdkDefault) {
				return JdkHttpSender.shared();
			}
			// The read timeout is not the JDK client's to keep: genaug.timeout bounds each whole call.
			settings = settings.withReadTimeout(null).orElse(SDK_DEFAULTS);
			if (bundle != null) {
				settings = settings.withSslBundle(bundle);
			}
			JdkHttpClientBuilder builder = new JdkHttpClientBuilder()
				.withCustomizer((http) -> http.version(HttpClient.Version.HTTP_1_1));
			if (virtualThreads) {
				builder = builder.withExecutor(virtualThreadExecutor());
			}
			return JdkHttpSender.create(builder.build(settings));
		}

	}

}
