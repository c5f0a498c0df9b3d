package com.generalaugment.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation made for every General Augment client call, following the OpenTelemetry GenAI semantic
 * conventions where they apply.
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

		/** The SDK operation, e.g. {@code createResponse}. */
		OPERATION_NAME {
			@Override
			public String asString() {
				return "gen_ai.operation.name";
			}
		},

		/** Always {@code general_augment}. */
		SYSTEM {
			@Override
			public String asString() {
				return "gen_ai.system";
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

		/** The failure's stable reason ({@code rate_limited}, {@code request_timeout}, …), {@code none} on success. */
		REASON {
			@Override
			public String asString() {
				return "genaug.reason";
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
