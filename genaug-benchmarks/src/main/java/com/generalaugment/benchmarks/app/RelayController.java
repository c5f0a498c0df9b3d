package com.generalaugment.benchmarks.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Part 3's floor: the least a Spring MVC endpoint can do to relay a call — read the body, send it on to
 * the upstream with the key through a plain JDK {@code HttpClient}, copy the status, type and bytes back.
 * No validation, no user, no retries, no error mapping. Behind the same security as the proxy, it shows
 * what Tomcat, Spring MVC, Spring Security and one outbound call cost on this machine, so that part 3
 * can tell that cost from the proxy's own.
 *
 * <p>It uses no General Augment class, so part 5 starts the same app with the starter left off.
 */
@RestController
class RelayController {

	private final URI upstream;

	private final String authorization;

	RelayController(@Value("${genaug.base-url}") String baseUrl, @Value("${genaug.api-key}") String apiKey) {
		this.upstream = URI.create(baseUrl + "/v1/responses");
		this.authorization = "Bearer " + apiKey;
	}

	@PostMapping("/relay/responses")
	void relay(HttpServletRequest request, HttpServletResponse response) throws IOException, InterruptedException {
		byte[] body = request.getInputStream().readAllBytes();
		HttpResponse<byte[]> reply = Http.CLIENT.send(HttpRequest.newBuilder(this.upstream)
			.header("Authorization", this.authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		response.setStatus(reply.statusCode());
		response.setContentType(reply.headers().firstValue("Content-Type").orElse("application/json"));
		response.setContentLength(reply.body().length);
		response.getOutputStream().write(reply.body());
	}

	/** Built on the first relayed call, so that it costs part 5's start-up nothing. */
	private static final class Http {

		static final HttpClient CLIENT = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

	}

}
