package com.generalaugment.client.admin;

import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;

/**
 * One project ({@code admin.project(id)}, or {@code admin.project()} for the configured default) and
 * everything scoped to it: its configuration, usage, hosted test calls, tools, identity links and
 * scheduled jobs.
 *
 * <pre>{@code
 * ProjectScope project = admin.project("project_123");
 * project.config().deploy(ConfigDeployParams.builder().yamlContent(yaml).build());
 * ProjectUsage usage = project.usage();
 * }</pre>
 *
 * <p>An interface so that an application's tests can stand in for it. Every method also takes
 * {@link RequestOptions}; every failure is a {@link GeneralAugmentException}.
 */
public interface ProjectScope {

	/** @return the project id every call goes to */
	String id();

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ProjectScope withOptions(RequestOptions options);

	/** @return the project */
	default Project get() {
		return get(RequestOptions.none());
	}

	/**
	 * The project, with options for this call.
	 * @param options the options
	 * @return the project
	 */
	Project get(RequestOptions options);

	/**
	 * Change the project's settings ({@code PATCH}): only the fields the update sets.
	 * @param update the changes
	 * @return the project as changed
	 */
	default Project update(ProjectUpdate update) {
		return update(update, RequestOptions.none());
	}

	/**
	 * Change the project's settings, with options for this call.
	 * @param update the changes
	 * @param options the options
	 * @return the project as changed
	 */
	Project update(ProjectUpdate update, RequestOptions options);

	/** @return the prompt that explains to a coding agent how to integrate this project */
	default String integrationPrompt() {
		return integrationPrompt(RequestOptions.none());
	}

	/**
	 * The integration prompt, with options for this call.
	 * @param options the options
	 * @return the prompt
	 */
	String integrationPrompt(RequestOptions options);

	/** @return usage over the platform's default range */
	default ProjectUsage usage() {
		return usage(UsageParams.builder().build(), RequestOptions.none());
	}

	/**
	 * Usage over a date range.
	 * @param params the range
	 * @return the usage
	 */
	default ProjectUsage usage(UsageParams params) {
		return usage(params, RequestOptions.none());
	}

	/**
	 * Usage over a date range, with options for this call.
	 * @param params the range
	 * @param options the options
	 * @return the usage
	 */
	ProjectUsage usage(UsageParams params, RequestOptions options);

	/** @return the project's configuration: deploy a new one */
	ConfigService config();

	/** @return the project's agent: hosted test calls */
	AgentService agent();

	/** @return the project's tools: register an OpenAPI spec */
	ToolService tools();

	/** @return the project's identity links between phone numbers and app users */
	IdentityService identity();

	/** @return the project's scheduled jobs */
	ScheduledJobService scheduledJobs();

}
