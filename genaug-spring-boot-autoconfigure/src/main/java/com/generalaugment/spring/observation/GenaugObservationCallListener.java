package com.generalaugment.spring.observation;

import com.generalaugment.client.observation.CallListener;
import com.generalaugment.client.observation.CallStart;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CallListener} that makes one {@link GenaugObservationDocumentation#CLIENT_OPERATION observation}
 * per call, stopped when the call ends (for a stream: when the stream ends, fails or is closed). The current
 * observation, if any, becomes its parent. With Micrometer Tracing (Spring Boot's tracing auto-configuration)
 * the observation is a client span and the tracing propagator adds W3C {@code traceparent} (and
 * {@code tracestate}) to the call's headers; without it no trace headers are sent. Headers the caller sets
 * in {@code RequestOptions} win.
 */
public class GenaugObservationCallListener implements CallListener {

	private static final GenaugObservationConvention DEFAULT_CONVENTION = new DefaultGenaugObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable GenaugObservationConvention convention;

	/**
	 * Create the listener.
	 * @param registry where observations are made
	 * @param convention a custom convention, {@code null} for {@link DefaultGenaugObservationConvention}
	 */
	public GenaugObservationCallListener(ObservationRegistry registry, @Nullable GenaugObservationConvention convention) {
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public Call onStart(CallStart start) {
		GenaugObservationContext context = new GenaugObservationContext(start);
		Observation observation = GenaugObservationDocumentation.CLIENT_OPERATION
			.observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
			.start();
		// A blocking call ends on the thread that started it: while it runs, the observation is current, so
		// the HTTP client's own observations (one per attempt, retries included) become its children. A
		// stream ends later, possibly on another thread, so it gets no scope.
		Observation.Scope scope = start.streaming() ? null : observation.openScope();
		Thread thread = Thread.currentThread();
		return (record) -> {
			if (scope != null && Thread.currentThread() == thread) {
				scope.close();
			}
			context.setResponse(record);
			if (record.error() != null) {
				observation.error(record.error());
			}
			observation.stop();
		};
	}

}
