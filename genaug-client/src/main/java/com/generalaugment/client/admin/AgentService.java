package com.generalaugment.client.admin;

import com.generalaugment.client.RequestOptions;

/**
 * A project's agent ({@code admin.project(id).agent()}): hosted test calls, billed like real turns.
 */
public interface AgentService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	AgentService withOptions(RequestOptions options);

	/**
	 * Send a test message from the default test phone on the default channel.
	 * @param message the message
	 * @return the agent's answer
	 */
	default AgentTestResult test(String message) {
		return test(AgentTestParams.builder().message(message).build(), RequestOptions.none());
	}

	/**
	 * Send a test message.
	 * @param params the message, sender and channel
	 * @return the agent's answer
	 */
	default AgentTestResult test(AgentTestParams params) {
		return test(params, RequestOptions.none());
	}

	/**
	 * Send a test message, with options for this call.
	 * @param params the message, sender and channel
	 * @param options the options
	 * @return the agent's answer
	 */
	AgentTestResult test(AgentTestParams params, RequestOptions options);

}
