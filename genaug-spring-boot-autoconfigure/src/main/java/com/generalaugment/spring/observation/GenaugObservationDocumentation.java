package com.generalaugment.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation made for every General Augment client call, with the names of the OpenTelemetry GenAI
 * semantic conventions ({@code gen_ai.provider.name}, {@code gen_ai.operation.name}, {@code error.type}, …)
 * where one applies, and {@code genaug.*} names for the rest.
 */
public enum GenaugObservationDocumentation implements ObservationDocumentation {

	/** One client operation ({@code createResponse}, {@code streamResponse}, {@code storeMemory}, …). */
	CLIENT_OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultGenaugObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/** Tags with few values; they become metric tags. */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The operation in the conventions' terms: {@code chat} for Responses calls (plain or streamed);
		 * for the others, which no value of the conventions fits, the SDK operation.
		 */
		OPERATION_NAME {
			@Override
			public String asString() {
				return "gen_ai.operation.name";
			}
		},

		/** The SDK operation, e.g. {@code createResponse}, {@code streamResponse}, {@code storeMemory}. */
		SDK_OPERATION {
			@Override
			public String asString() {
				return "genaug.operation";
			}
		},

		/** Always {@code general_augment}. */
		PROVIDER_NAME {
			@Override
			public String asString() {
				return "gen_ai.provider.name";
			}
		},

		/** The requested model tier, {@code none} for calls without a model. */
		REQUEST_MODEL {
			@Override
			public String asString() {
				return "gen_ai.request.model";
			}
		},

		/** The HTTP status of the last attempt, {@code none} when no reply was received. */
		HTTP_STATUS_CODE {
			@Override
			public String asString() {
				return "http.response.status_code";
			}
		},

		/**
		 * The failure's stable reason ({@code rate_limited}, {@code request_timeout}, …); {@code none} on
		 * success, since a metric's series must all carry the same tags.
		 */
		ERROR_TYPE {
			@Override
			public String asString() {
				return "error.type";
			}
		}

	}

	/** Tags unique per call; they go to traces, never to metric tags. */
	public enum HighCardinalityKeyNames implements KeyName {

		/** The response id. */
		RESPONSE_ID {
			@Override
			public String asString() {
				return "gen_ai.response.id";
			}
		},

		/** The platform's request id. */
		REQUEST_ID {
			@Override
			public String asString() {
				return "genaug.request_id";
			}
		},

		/** The platform's trace id. */
		TRACE_ID {
			@Override
			public String asString() {
				return "genaug.trace_id";
			}
		}

	}

}
