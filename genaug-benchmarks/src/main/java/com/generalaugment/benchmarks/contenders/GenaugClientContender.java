package com.generalaugment.benchmarks.contenders;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.ResponseStream;
import com.generalaugment.client.responses.ResponseStreamEvent;

/** {@link ContenderKind#GENAUG}: {@code GeneralAugmentClient} as an application builds it. */
final class GenaugClientContender implements Contender {

	private final GeneralAugmentClient client;

	GenaugClientContender(String baseUrl) {
		this.client = GeneralAugmentClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build();
	}

	@Override
	public String createResponse() {
		return this.client.responses().create(request()).outputText();
	}

	@Override
	public StreamOutcome streamResponse() {
		long first = 0;
		int events = 0;
		StringBuilder text = new StringBuilder();
		try (ResponseStream stream = this.client.responses().stream(request())) {
			for (ResponseStreamEvent event : stream) {
				if (events++ == 0) {
					first = System.nanoTime();
				}
				if (ResponseStreamEvent.OUTPUT_TEXT_DELTA.equals(event.event())) {
					text.append(event.delta());
				}
			}
		}
		return new StreamOutcome(first, events, text.toString());
	}

	private static ResponseCreateParams request() {
		return ResponseCreateParams.builder().model("balanced").user(USER).input(INPUT).build();
	}

	@Override
	public void close() {
		// The client holds nothing to release: its HttpClient's connections die with the JVM.
	}

}
