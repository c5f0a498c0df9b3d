package com.generalaugment.mock;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.generalaugment.mock.platform.EventStreamReply;
import com.generalaugment.mock.platform.JsonReply;
import com.generalaugment.mock.platform.MockPlatform;
import com.generalaugment.mock.platform.MockReply;
import com.generalaugment.mock.platform.MockRequest;
import com.generalaugment.mock.platform.json.PyJson;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The bridge from WireMock to the simulated platform: the catch-all stub of {@link ContractMappings} names
 * this transformer, which hands the request to {@link MockPlatform} and turns its reply into a WireMock
 * response. User stubs with a higher priority never reach it.
 */
final class ContractTransformer implements ResponseTransformerV2 {

	/** The extension name the catch-all stub refers to. */
	static final String NAME = "genaug-contract";

	private final MockPlatform platform;

	ContractTransformer(MockPlatform platform) {
		this.platform = platform;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		MockReply reply = platform.handle(toMockRequest(serveEvent.getRequest()));
		List<HttpHeader> headers = new ArrayList<>();
		reply.headers().forEach((name, value) -> headers.add(new HttpHeader(name, value)));
		Response.Builder builder = Response.response().status(reply.status()).configured(true);
		if (reply instanceof JsonReply json) {
			byte[] body = PyJson.canonical(json.body()).getBytes(StandardCharsets.UTF_8);
			headers.add(new HttpHeader("Content-Type", "application/json"));
			// Explicit, so the reply never goes out chunked whatever WireMock's chunking policy (contract §7).
			headers.add(new HttpHeader("Content-Length", Integer.toString(body.length)));
			builder.body(body);
		}
		else if (reply instanceof EventStreamReply stream) {
			headers.add(new HttpHeader("Content-Type", "text/event-stream"));
			headers.add(new HttpHeader("Cache-Control", "no-cache"));
			builder.body(new EventStreamBody(stream.chunks(), stream.abortAtEnd()));
		}
		return builder.headers(new HttpHeaders(headers)).incrementInitialDelay(reply.delay().toMillis()).build();
	}

	private static MockRequest toMockRequest(Request request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (HttpHeader header : request.getHeaders().all()) {
			headers.put(header.key(), header.values());
		}
		return MockRequest.of(request.getMethod().getName(), request.getUrl(), headers, request.getBody());
	}

}
