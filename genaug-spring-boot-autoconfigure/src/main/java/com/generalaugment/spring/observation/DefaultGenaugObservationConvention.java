package com.generalaugment.spring.observation;

import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.client.observation.CallStart;
import com.generalaugment.spring.observation.GenaugObservationDocumentation.HighCardinalityKeyNames;
import com.generalaugment.spring.observation.GenaugObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link GenaugObservationConvention}: observation {@value #NAME}, contextual name
 * {@code <operation> <model>}, and the tags of {@link GenaugObservationDocumentation}.
 */
public class DefaultGenaugObservationConvention implements GenaugObservationConvention {

	/** The observation name (OpenTelemetry GenAI client operation). */
	public static final String NAME = "gen_ai.client.operation";

	/** The {@code gen_ai.provider.name} value. */
	public static final String PROVIDER = "general_augment";

	/** The {@code gen_ai.operation.name} of Responses calls. */
	public static final String CHAT = "chat";

	private static final String NONE = KeyValue.NONE_VALUE;

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(GenaugObservationContext context) {
		CallStart start = context.getCallStart();
		return (start.model() != null) ? start.operation() + " " + start.model() : start.operation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(GenaugObservationContext context) {
		CallStart start = context.getCallStart();
		CallRecord record = context.getResponse();
		return KeyValues.of(LowCardinalityKeyNames.OPERATION_NAME.withValue(operationName(start.operation())),
				LowCardinalityKeyNames.SDK_OPERATION.withValue(start.operation()),
				LowCardinalityKeyNames.PROVIDER_NAME.withValue(PROVIDER),
				LowCardinalityKeyNames.REQUEST_MODEL.withValue(orNone(start.model())),
				LowCardinalityKeyNames.HTTP_STATUS_CODE
					.withValue((record != null && record.status() > 0) ? Integer.toString(record.status()) : NONE),
				LowCardinalityKeyNames.ERROR_TYPE.withValue((record != null) ? orNone(record.reason()) : NONE));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(GenaugObservationContext context) {
		CallRecord record = context.getResponse();
		KeyValues values = KeyValues.empty();
		if (record == null) {
			return values;
		}
		if (record.responseId() != null) {
			values = values.and(HighCardinalityKeyNames.RESPONSE_ID.withValue(record.responseId()));
		}
		if (record.requestId() != null) {
			values = values.and(HighCardinalityKeyNames.REQUEST_ID.withValue(record.requestId()));
		}
		if (record.traceId() != null) {
			values = values.and(HighCardinalityKeyNames.TRACE_ID.withValue(record.traceId()));
		}
		return values;
	}

	/**
	 * The conventions' operation name for an SDK operation.
	 * @param sdkOperation the SDK operation, such as {@code createResponse}
	 * @return {@code chat} for Responses calls, else the SDK operation
	 */
	public static String operationName(String sdkOperation) {
		return ("createResponse".equals(sdkOperation) || "streamResponse".equals(sdkOperation)) ? CHAT : sdkOperation;
	}

	private static String orNone(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value : NONE;
	}

}
