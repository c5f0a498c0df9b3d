package com.generalaugment.client.admin;

import com.generalaugment.client.RequestOptions;
import org.jspecify.annotations.Nullable;

/**
 * A project's observability ({@code project.observability()}): the overview, one trace, and the support
 * bundle.
 */
public interface ObservabilityService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ObservabilityService withOptions(RequestOptions options);

	/** @return the overview with the platform's default number of traces */
	default ObservabilitySummary summary() {
		return summary(null, RequestOptions.none());
	}

	/**
	 * The overview.
	 * @param limit at most this many traces (1 to 1000), or {@code null} for the platform's default
	 * @param options the options
	 * @return the overview
	 */
	ObservabilitySummary summary(@Nullable Integer limit, RequestOptions options);

	/**
	 * One trace.
	 * @param traceId the trace id, e.g. from a response's metadata or a log entry
	 * @return the trace
	 * @throws com.generalaugment.client.error.ApiErrorException 404 when it does not exist
	 */
	default Trace trace(String traceId) {
		return trace(traceId, RequestOptions.none());
	}

	/**
	 * One trace, with options for this call.
	 * @param traceId the trace id
	 * @param options the options
	 * @return the trace
	 */
	Trace trace(String traceId, RequestOptions options);

	/** @return the support bundle over the platform's default window */
	default SupportBundle supportBundle() {
		return supportBundle(SupportBundleParams.builder().build(), RequestOptions.none());
	}

	/**
	 * The support bundle for some calls.
	 * @param params the filters
	 * @return the bundle
	 */
	default SupportBundle supportBundle(SupportBundleParams params) {
		return supportBundle(params, RequestOptions.none());
	}

	/**
	 * The support bundle, with options for this call.
	 * @param params the filters
	 * @param options the options
	 * @return the bundle
	 */
	SupportBundle supportBundle(SupportBundleParams params, RequestOptions options);

}
