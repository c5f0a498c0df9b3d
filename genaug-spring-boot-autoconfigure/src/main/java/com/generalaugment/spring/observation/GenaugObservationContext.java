package com.generalaugment.spring.observation;

import com.generalaugment.client.observation.CallRecord;
import com.generalaugment.client.observation.CallStart;
import io.micrometer.observation.transport.RequestReplySenderContext;

/**
 * The context of a General Augment call observation: the {@link CallStart} is the carrier (so a tracing
 * handler's propagator adds W3C {@code traceparent}/{@code tracestate} headers to the call), and the
 * {@link CallRecord} is the response once the call ended.
 */
public class GenaugObservationContext extends RequestReplySenderContext<CallStart, CallRecord> {

	private final CallStart callStart;

	/**
	 * Create the context of a starting call.
	 * @param callStart the call
	 */
	public GenaugObservationContext(CallStart callStart) {
		super((carrier, name, value) -> {
			if (carrier != null) {
				carrier.header(name, value);
			}
		});
		this.callStart = callStart;
		setCarrier(callStart);
		setRemoteServiceName("general_augment");
	}

	/** @return the call as it started */
	public CallStart getCallStart() {
		return this.callStart;
	}

}
