package com.generalaugment.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.client.http.HttpSender;
import com.generalaugment.client.http.HttpSenderRequest;
import com.generalaugment.client.http.HttpSenderResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends the SDK's exchanges through a {@link RestClient}, so that the application's interceptors and
 * Boot's HTTP client observations see them; the bytes still go out on the SDK's own sender (the JDK
 * client), which keeps the request's timeouts and size limit. The {@code RestClient}'s request factory is
 * replaced by one handing each request, as the interceptors left it, to that sender.
 */
final class RestClientHttpSender implements HttpSender {

	private static final String REQUEST_ATTRIBUTE = RestClientHttpSender.class.getName() + ".request";

	private final RestClient restClient;

	/**
	 * Create a sender.
	 * @param builder the builder whose interceptors and observation settings apply; it is cloned
	 * @param delegate what sends the bytes
	 */
	RestClientHttpSender(RestClient.Builder builder, HttpSender delegate) {
		this.restClient = builder.clone().requestFactory(new DelegatingRequestFactory(delegate)).build();
	}

	@Override
	public HttpSenderResponse send(HttpSenderRequest request) throws IOException {
		RestClient.RequestBodySpec spec = this.restClient.method(HttpMethod.valueOf(request.method()))
			.uri(request.uri())
			.attribute(REQUEST_ATTRIBUTE, request)
			.headers((headers) -> request.forEachHeader(headers::set));
		byte[] body = request.body();
		if (body != null) {
			spec.body((out) -> out.write(body));
		}
		boolean streaming = request.streaming();
		try {
			// A 2xx stream stays open past the exchange: the SDK reads and closes it.
			return spec.exchange((httpRequest, response) -> adapt(response, streaming), !streaming);
		}
		catch (RestClientException ex) {
			// The SDK types failures by their I/O cause (a timeout, a refused connection).
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static HttpSenderResponse adapt(ClientHttpResponse response, boolean streaming) throws IOException {
		if (response instanceof SentResponse sent) {
			// No interceptor replaced the reply: hand over the sender's own, whose body may already be read.
			return streaming ? sent.response : new ReadResponse(sent.response.statusCode(), sent.response.headers(),
					sent.response.bodyBytes());
		}
		java.net.http.HttpHeaders headers = jdkHeaders(response.getHeaders());
		int status = response.getStatusCode().value();
		if (!streaming) {
			try (InputStream in = response.getBody()) {
				return new ReadResponse(status, headers, in.readAllBytes());
			}
		}
		return new OpenResponse(status, headers, response);
	}

	private static java.net.http.HttpHeaders jdkHeaders(HttpHeaders headers) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		headers.forEach(values::put);
		return java.net.http.HttpHeaders.of(values, (name, value) -> true);
	}

	/** Hands each request, as the interceptors left it, to the SDK's sender. */
	private static final class DelegatingRequestFactory implements ClientHttpRequestFactory {

		private final HttpSender delegate;

		DelegatingRequestFactory(HttpSender delegate) {
			this.delegate = delegate;
		}

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
			return new DelegatingRequest(uri, httpMethod, this.delegate);
		}

	}

	private static final class DelegatingRequest extends AbstractBufferingClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		private final HttpSender delegate;

		DelegatingRequest(URI uri, HttpMethod method, HttpSender delegate) {
			this.uri = uri;
			this.method = method;
			this.delegate = delegate;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			Object attribute = getAttributes().get(REQUEST_ATTRIBUTE);
			HttpSenderRequest.Builder request = (attribute instanceof HttpSenderRequest original)
					? original.toBuilder().method(this.method.name()).uri(this.uri).clearHeaders()
					: HttpSenderRequest.builder(this.method.name(), this.uri);
			headers.forEach((name, values) -> request.header(name, String.join(", ", values)));
			request.body((body.length > 0) ? body : null);
			return new SentResponse(this.delegate.send(request.build()));
		}

	}

	/** The sender's reply, as the {@code RestClient} sees it. */
	private static final class SentResponse implements ClientHttpResponse {

		private final HttpSenderResponse response;

		private @Nullable HttpHeaders headers;

		SentResponse(HttpSenderResponse response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			if (this.headers == null) {
				HttpHeaders headers = new HttpHeaders();
				this.response.headers().map().forEach(headers::addAll);
				this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
			}
			return this.headers;
		}

		@Override
		public InputStream getBody() throws IOException {
			return this.response.body();
		}

		@Override
		public void close() {
			this.response.close();
		}

	}

	/** A reply read whole. */
	private record ReadResponse(int statusCode, java.net.http.HttpHeaders headers, byte[] bytes)
			implements HttpSenderResponse {

		@Override
		public InputStream body() {
			return new java.io.ByteArrayInputStream(this.bytes);
		}

		@Override
		public byte[] bodyBytes() {
			return this.bytes;
		}

		@Override
		public void close() {
		}

	}

	/** A stream whose reply an interceptor replaced. */
	private record OpenResponse(int statusCode, java.net.http.HttpHeaders headers, ClientHttpResponse response)
			implements HttpSenderResponse {

		@Override
		public InputStream body() throws IOException {
			return this.response.getBody();
		}

		@Override
		public void close() {
			this.response.close();
		}

	}

}
