package com.generalaugment.benchmarks.contenders;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputMessage;
import com.openai.models.responses.ResponseStreamEvent;

/** {@link ContenderKind#OPENAI}: OpenAI's Java SDK pointed at the same {@code /v1/responses}. */
final class OpenAiJavaContender implements Contender {

	private final OpenAIClient client;

	OpenAiJavaContender(String baseUrl) {
		this.client = OpenAIOkHttpClient.builder().apiKey(API_KEY).baseUrl(baseUrl + "/v1").build();
	}

	@Override
	public String createResponse() {
		Response response = this.client.responses().create(params());
		StringBuilder text = new StringBuilder();
		for (ResponseOutputItem item : response.output()) {
			item.message().ifPresent((message) -> {
				for (ResponseOutputMessage.Content content : message.content()) {
					content.outputText().ifPresent((part) -> text.append(part.text()));
				}
			});
		}
		return text.toString();
	}

	@Override
	public StreamOutcome streamResponse() {
		long first = 0;
		int events = 0;
		StringBuilder text = new StringBuilder();
		try (StreamResponse<ResponseStreamEvent> stream = this.client.responses().createStreaming(params())) {
			var iterator = stream.stream().iterator();
			while (iterator.hasNext()) {
				ResponseStreamEvent event = iterator.next();
				if (events++ == 0) {
					first = System.nanoTime();
				}
				event.outputTextDelta().ifPresent((delta) -> text.append(delta.delta()));
			}
		}
		return new StreamOutcome(first, events, text.toString());
	}

	private static ResponseCreateParams params() {
		// "user" is deprecated in openai-java (safety_identifier replaces it) but is what the platform reads
		// and what the other contenders send, so it goes as a plain body property.
		return ResponseCreateParams.builder()
			.model("balanced")
			.input(INPUT)
			.putAdditionalBodyProperty("user", JsonValue.from(USER))
			.build();
	}

	@Override
	public void close() {
		this.client.close();
	}

}
