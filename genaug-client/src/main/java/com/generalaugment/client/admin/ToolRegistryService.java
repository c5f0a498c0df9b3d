package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.RequestOptions;

/**
 * The platform's tool registry ({@code admin.tools()}): every tool a project may enable.
 */
public interface ToolRegistryService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ToolRegistryService withOptions(RequestOptions options);

	/** @return the registered tools */
	default List<RegisteredTool> list() {
		return list(RequestOptions.none());
	}

	/**
	 * The registered tools, with options for this call.
	 * @param options the options
	 * @return the tools
	 */
	List<RegisteredTool> list(RequestOptions options);

}
