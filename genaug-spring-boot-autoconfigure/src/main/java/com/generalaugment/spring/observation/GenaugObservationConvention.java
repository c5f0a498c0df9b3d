package com.generalaugment.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of General Augment calls. Declare a bean of this type (usually extending
 * {@link DefaultGenaugObservationConvention}) to change them.
 */
public interface GenaugObservationConvention extends ObservationConvention<GenaugObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof GenaugObservationContext;
	}

}
