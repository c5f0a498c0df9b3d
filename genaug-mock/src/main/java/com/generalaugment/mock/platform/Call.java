package com.generalaugment.mock.platform;

import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * One routed request handed to an endpoint.
 *
 * @param request the request
 * @param params the decoded path parameters of the matched route
 * @param body the JSON body object; {@code {}} for a method without a body or a missing body (contract §7)
 * @param delivery the scenario and pacing the request asked for
 */
public record Call(MockRequest request, Map<String, String> params, ObjectNode body, Delivery delivery) {

	/**
	 * Copies the parameters.
	 *
	 * @param request the request
	 * @param params the path parameters
	 * @param body the body object
	 * @param delivery the delivery
	 */
	public Call {
		params = Map.copyOf(params);
	}

	/**
	 * A path parameter.
	 *
	 * @param name the name in the route template, e.g. {@code project}
	 * @return the decoded value
	 */
	public String param(String name) {
		String value = params.get(name);
		if (value == null) {
			throw new IllegalArgumentException("Route has no parameter " + name);
		}
		return value;
	}

	/**
	 * A query parameter.
	 *
	 * @param name the name
	 * @return the decoded value, or {@code null} when absent or blank
	 */
	public @Nullable String query(String name) {
		return request.queryParam(name);
	}

	/**
	 * A whole-number query parameter within bounds, as the platform's FastAPI validation enforces them.
	 *
	 * @param name the name
	 * @param fallback the value when absent
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @return the value
	 * @throws ApiError 422 {@code invalid_request} when it is not a number within bounds
	 */
	public int intQuery(String name, int fallback, int min, int max) {
		String raw = query(name);
		if (raw == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(raw.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiError.invalidRequest(name + " must be a whole number between " + min + " and " + max + ".");
	}

	/**
	 * The credential the request is scoped by: {@code X-Admin-Key} first, else the bearer key, as the
	 * platform's mock reads it.
	 *
	 * @return the key, stripped, or {@code null} when neither header carries one
	 */
	public @Nullable String credential() {
		String adminKey = request.header("X-Admin-Key");
		if (adminKey != null && !adminKey.isBlank()) {
			return adminKey.strip();
		}
		String bearer = request.bearerToken();
		return bearer.isEmpty() ? null : bearer;
	}

	/**
	 * A request header.
	 *
	 * @param name the name, any case
	 * @return the first value, or {@code null}
	 */
	public @Nullable String header(String name) {
		return request.header(name);
	}

}
