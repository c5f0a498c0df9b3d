package com.generalaugment.client;

import java.util.Objects;

import com.generalaugment.client.admin.ObservabilityService;
import com.generalaugment.client.admin.ObservabilitySummary;
import com.generalaugment.client.admin.SupportBundle;
import com.generalaugment.client.admin.SupportBundleParams;
import com.generalaugment.client.admin.Trace;
import com.generalaugment.client.internal.Checks;
import com.generalaugment.client.internal.http.ApiRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The SDK's {@link ObservabilityService}: {@code /api/v1/admin/projects/{id}/observability} and traces. */
record ObservabilityServiceImpl(AdminCalls calls, String projectId) implements ObservabilityService {

	@Override
	public ObservabilityService withOptions(RequestOptions options) {
		return new ObservabilityServiceImpl(this.calls.withOptions(options), this.projectId);
	}

	@Override
	public ObservabilitySummary summary(@Nullable Integer limit, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls
			.admin("observability", HttpMethod.GET, "/projects/{}/observability", this.projectId)
			.query("limit", Checks.within(limit, 1, 1000, "limit")), options);
		return new ObservabilitySummary(this.calls.object(reply, "observability"));
	}

	@Override
	public Trace trace(String traceId, RequestOptions options) {
		JsonNode reply = this.calls.execute(this.calls.admin("getTrace", HttpMethod.GET, "/projects/{}/traces/{}",
				this.projectId, Checks.requireText(traceId, "traceId")), options);
		return new Trace(this.calls.object(reply, "getTrace"));
	}

	@Override
	public SupportBundle supportBundle(SupportBundleParams params, RequestOptions options) {
		Objects.requireNonNull(params, "params");
		ApiRequest.Builder request = this.calls.admin("supportBundle", HttpMethod.GET,
				"/projects/{}/observability/support-bundle", this.projectId);
		params.query().forEach(request::query);
		return new SupportBundle(this.calls.object(this.calls.execute(request, options), "supportBundle"));
	}

}
