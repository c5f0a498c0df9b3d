package com.generalaugment.spring.observation;

import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.spring.observation.GenaugObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jspecify.annotations.Nullable;

/**
 * Counts the tokens of General Augment calls (streams included) as {@value #METER_NAME}, tagged
 * {@code gen_ai.token.type} ({@code input} / {@code output}) plus the observation's operation, system and
 * model tags.
 */
public class GenaugTokenUsageObservationHandler implements ObservationHandler<GenaugObservationContext> {

	/** The counter's name (OpenTelemetry GenAI). */
	public static final String METER_NAME = "gen_ai.client.token.usage";

	/** The tag telling input from output tokens. */
	public static final String TOKEN_TYPE = "gen_ai.token.type";

	private final MeterRegistry meterRegistry;

	/**
	 * Create the handler.
	 * @param meterRegistry where the counter is registered
	 */
	public GenaugTokenUsageObservationHandler(MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void onStop(GenaugObservationContext context) {
		CallRecord record = context.getResponse();
		if (record == null) {
			return;
		}
		Tags tags = Tags.empty();
		for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
			String key = keyValue.getKey();
			if (key.equals(LowCardinalityKeyNames.OPERATION_NAME.asString())
					|| key.equals(LowCardinalityKeyNames.SYSTEM.asString())
					|| key.equals(LowCardinalityKeyNames.REQUEST_MODEL.asString())) {
				tags = tags.and(key, keyValue.getValue());
			}
		}
		count(tags, "input", record.inputTokens());
		count(tags, "output", record.outputTokens());
	}

	private void count(Tags tags, String type, @Nullable Long tokens) {
		if (tokens != null && tokens > 0) {
			Counter.builder(METER_NAME)
				.description("Tokens used by General Augment calls")
				.baseUnit("tokens")
				.tags(tags)
				.tag(TOKEN_TYPE, type)
				.register(this.meterRegistry)
				.increment(tokens);
		}
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof GenaugObservationContext;
	}

}
