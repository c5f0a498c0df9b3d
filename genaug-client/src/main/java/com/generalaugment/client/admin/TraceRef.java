package com.generalaugment.client.admin;

import org.jspecify.annotations.Nullable;

/**
 * A trace in a project's observability summary: the trace and the response it belongs to.
 * @param traceId the trace id
 * @param responseId the response id, or {@code null}
 */
public record TraceRef(@Nullable String traceId, @Nullable String responseId) {
}
