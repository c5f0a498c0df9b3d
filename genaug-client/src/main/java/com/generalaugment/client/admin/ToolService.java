package com.generalaugment.client.admin;

import com.generalaugment.client.RequestOptions;

/**
 * A project's tools ({@code admin.project(id).tools()}): turn an OpenAPI spec into agent tools.
 */
public interface ToolService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ToolService withOptions(RequestOptions options);

	/**
	 * Register the tools of an OpenAPI spec.
	 * @param params the spec and how to curate it
	 * @return the registration
	 */
	default OpenApiToolRegistration registerOpenApi(OpenApiToolParams params) {
		return registerOpenApi(params, RequestOptions.none());
	}

	/**
	 * Register the tools of an OpenAPI spec, with options for this call.
	 * @param params the spec and how to curate it
	 * @param options the options
	 * @return the registration
	 */
	OpenApiToolRegistration registerOpenApi(OpenApiToolParams params, RequestOptions options);

}
