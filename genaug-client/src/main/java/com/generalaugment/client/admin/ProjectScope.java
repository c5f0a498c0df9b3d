package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.client.verify.VerificationReport;
import com.generalaugment.client.verify.VerifyParams;

/**
 * One project ({@code admin.project(id)}, or {@code admin.project()} for the configured default) and
 * everything scoped to it: its configuration, usage, hosted test calls, tools, identity links,
 * scheduled jobs, and what ops teams read — runtime policy, SOUL, skills, logs, runs, observability,
 * channel status, the tool-call audit — and {@link #verify} for a release's evidence.
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

	/** @return how the platform runs the project's turns: routing, tool discovery, tools and skills */
	default RuntimePolicy runtimePolicy() {
		return runtimePolicy(RequestOptions.none());
	}

	/**
	 * The runtime policy, with options for this call.
	 * @param options the options
	 * @return the policy
	 */
	RuntimePolicy runtimePolicy(RequestOptions options);

	/** @return the project's SOUL (its text is {@code ""} when none is deployed) */
	default Soul soul() {
		return soul(RequestOptions.none());
	}

	/**
	 * The SOUL, with options for this call.
	 * @param options the options
	 * @return the SOUL
	 */
	Soul soul(RequestOptions options);

	/** @return the project's skills: list, get, add, replace, delete */
	SkillService skills();

	/** @return the last 25 messages of the project's conversation log */
	default List<LogEntry> logs() {
		return logs(25, RequestOptions.none());
	}

	/**
	 * The last messages of the conversation log.
	 * @param limit at most this many (1 to 200)
	 * @param options the options
	 * @return the messages, oldest first
	 * @throws IllegalArgumentException when the limit is out of range (nothing is sent)
	 */
	List<LogEntry> logs(int limit, RequestOptions options);

	/** @return the project's observability: the overview, one trace, the support bundle */
	ObservabilityService observability();

	/** @return the project's agent runs */
	RunService runs();

	/** @return every channel's state ({@code in_app}, {@code whatsapp}, {@code telegram}, {@code sms}) */
	default List<ChannelStatus> channelStatus() {
		return channelStatus(RequestOptions.none());
	}

	/**
	 * Every channel's state, with options for this call.
	 * @param options the options
	 * @return the channels
	 */
	List<ChannelStatus> channelStatus(RequestOptions options);

	/** @return the first page (up to 50) of the tool-call audit */
	default ToolCallAudit toolCallAudit() {
		return toolCallAudit(50, RequestOptions.none());
	}

	/**
	 * A page of the tool-call audit.
	 * @param limit at most this many (1 to 1000)
	 * @param options the options
	 * @return the page
	 * @throws IllegalArgumentException when the limit is out of range (nothing is sent)
	 */
	ToolCallAudit toolCallAudit(int limit, RequestOptions options);

	/**
	 * Run the platform's verify checks against this project — the {@code genaug verify} of the
	 * platform's CLI — and report them. This scope's id may be the project's id, slug or name; the first
	 * check resolves it. Billed calls are made (a hosted test call, two responses).
	 * @param params the project client for the project-key checks, and the synthetic user, phone and
	 * channel
	 * @return the report; its verdict is FAIL when a check failed
	 * @throws com.generalaugment.client.error.GeneralAugmentException when a call outside the checks that
	 * tolerate failure fails, or the project is not found: as the CLI, no report then
	 */
	VerificationReport verify(VerifyParams params);

}
