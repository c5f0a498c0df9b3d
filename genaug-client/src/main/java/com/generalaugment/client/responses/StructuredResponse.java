package com.generalaugment.client.responses;

/**
 * A response whose structured output was read into a Java value.
 *
 * @param <T> the value's type
 * @param response the whole response (ids, usage, raw JSON)
 * @param value the structured output
 */
public record StructuredResponse<T>(Response response, T value) {
}
