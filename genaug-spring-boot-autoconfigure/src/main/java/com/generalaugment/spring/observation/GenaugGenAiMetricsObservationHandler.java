package com.generalaugment.spring.observation;

import java.time.Duration;

import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.spring.observation.GenaugObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jspecify.annotations.Nullable;

/**
 * Records the OpenTelemetry GenAI client metrics of General Augment calls, as histograms with the
 * conventions' units and bucket boundaries:
 * <ul>
 * <li>{@value #TOKEN_USAGE} ({@code {token}}), per {@value #TOKEN_TYPE} {@code input} / {@code output};</li>
 * <li>{@value #OPERATION_DURATION} ({@code s}), every call, with {@code error.type};</li>
 * <li>{@value #TIME_TO_FIRST_CHUNK} ({@code s}), streams only: how long until the first event arrived, the
 * wait a phone's user sees.</li>
 * </ul>
 * Each is tagged {@code gen_ai.operation.name}, {@code gen_ai.provider.name}, {@code gen_ai.request.model}
 * and {@code genaug.operation}.
 */
public class GenaugGenAiMetricsObservationHandler implements ObservationHandler<GenaugObservationContext> {

	/** Tokens used, per call and token type. */
	public static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	/** How long a call took, retries and a stream's whole body included. */
	public static final String OPERATION_DURATION = "gen_ai.client.operation.duration";

	/** How long a stream took to deliver its first event. */
	public static final String TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";

	/** The tag telling input from output tokens. */
	public static final String TOKEN_TYPE = "gen_ai.token.type";

	// The conventions' recommended explicit bucket boundaries.
	private static final double[] TOKEN_BUCKETS = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
			4194304, 16777216, 67108864 };

	private static final double[] SECONDS_BUCKETS = { 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12,
			10.24, 20.48, 40.96, 81.92 };

	private final MeterRegistry meterRegistry;

	/**
	 * Create the handler.
	 * @param meterRegistry where the histograms are registered
	 */
	public GenaugGenAiMetricsObservationHandler(MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void onStop(GenaugObservationContext context) {
		CallRecord record = context.getResponse();
		if (record == null) {
			return;
		}
		Tags tags = Tags.empty();
		String errorType = KeyValue.NONE_VALUE;
		for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
			String key = keyValue.getKey();
			if (key.equals(LowCardinalityKeyNames.OPERATION_NAME.asString())
					|| key.equals(LowCardinalityKeyNames.SDK_OPERATION.asString())
					|| key.equals(LowCardinalityKeyNames.PROVIDER_NAME.asString())
					|| key.equals(LowCardinalityKeyNames.REQUEST_MODEL.asString())) {
				tags = tags.and(key, keyValue.getValue());
			}
			else if (key.equals(LowCardinalityKeyNames.ERROR_TYPE.asString())) {
				errorType = keyValue.getValue();
			}
		}
		seconds(OPERATION_DURATION, "Duration of General Augment calls", tags.and("error.type", errorType),
				record.duration());
		if (record.timeToFirstEvent() != null) {
			seconds(TIME_TO_FIRST_CHUNK, "Time to the first event of General Augment streams", tags,
					record.timeToFirstEvent());
		}
		tokens(tags, "input", record.inputTokens());
		tokens(tags, "output", record.outputTokens());
	}

	private void seconds(String name, String description, Tags tags, Duration duration) {
		DistributionSummary.builder(name)
			.description(description)
			.baseUnit("s")
			.serviceLevelObjectives(SECONDS_BUCKETS)
			.tags(tags)
			.register(this.meterRegistry)
			.record(duration.toNanos() / 1e9);
	}

	private void tokens(Tags tags, String type, @Nullable Long tokens) {
		if (tokens != null && tokens > 0) {
			DistributionSummary.builder(TOKEN_USAGE)
				.description("Tokens used by General Augment calls")
				.baseUnit("{token}")
				.serviceLevelObjectives(TOKEN_BUCKETS)
				.tags(tags)
				.tag(TOKEN_TYPE, type)
				.register(this.meterRegistry)
				.record(tokens);
		}
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof GenaugObservationContext;
	}

}
