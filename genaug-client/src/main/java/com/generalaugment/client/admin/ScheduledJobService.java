package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.RequestOptions;

/**
 * A project's scheduled jobs ({@code admin.project(id).scheduledJobs()}): prompts the agent runs for an
 * app user on a schedule, and their runs.
 */
public interface ScheduledJobService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ScheduledJobService withOptions(RequestOptions options);

	/**
	 * Create a job (billed on every run).
	 * @param params the job
	 * @return the job
	 */
	default ScheduledJob create(ScheduledJobCreateParams params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * Create a job, with options for this call.
	 * @param params the job
	 * @param options the options
	 * @return the job
	 */
	ScheduledJob create(ScheduledJobCreateParams params, RequestOptions options);

	/** @return the first page of the project's jobs */
	default List<ScheduledJob> list() {
		return list(ScheduledJobListParams.builder().build(), RequestOptions.none());
	}

	/**
	 * The project's jobs, filtered.
	 * @param params the filters and page
	 * @return the jobs
	 */
	default List<ScheduledJob> list(ScheduledJobListParams params) {
		return list(params, RequestOptions.none());
	}

	/**
	 * The project's jobs, with options for this call.
	 * @param params the filters and page
	 * @param options the options
	 * @return the jobs
	 */
	List<ScheduledJob> list(ScheduledJobListParams params, RequestOptions options);

	/**
	 * One job.
	 * @param jobId the job id
	 * @return the job
	 */
	default ScheduledJob get(String jobId) {
		return get(jobId, RequestOptions.none());
	}

	/**
	 * One job, with options for this call.
	 * @param jobId the job id
	 * @param options the options
	 * @return the job
	 */
	ScheduledJob get(String jobId, RequestOptions options);

	/**
	 * A job's runs, newest first.
	 * @param jobId the job id
	 * @return the runs
	 */
	default List<ScheduledJobRun> runs(String jobId) {
		return runs(jobId, ScheduledJobRunListParams.builder().build(), RequestOptions.none());
	}

	/**
	 * A job's runs, a page of them.
	 * @param jobId the job id
	 * @param params the page
	 * @return the runs
	 */
	default List<ScheduledJobRun> runs(String jobId, ScheduledJobRunListParams params) {
		return runs(jobId, params, RequestOptions.none());
	}

	/**
	 * A job's runs, with options for this call.
	 * @param jobId the job id
	 * @param params the page
	 * @param options the options
	 * @return the runs
	 */
	List<ScheduledJobRun> runs(String jobId, ScheduledJobRunListParams params, RequestOptions options);

	/**
	 * Run a job now.
	 * @param jobId the job id
	 * @param params the dispatch key and whether the agent turn runs
	 * @return the run
	 */
	default ScheduledJobRun dispatch(String jobId, ScheduledJobDispatchParams params) {
		return dispatch(jobId, params, RequestOptions.none());
	}

	/**
	 * Run a job now, with options for this call.
	 * @param jobId the job id
	 * @param params the dispatch key and whether the agent turn runs
	 * @param options the options
	 * @return the run
	 */
	ScheduledJobRun dispatch(String jobId, ScheduledJobDispatchParams params, RequestOptions options);

	/**
	 * Pause a job.
	 * @param jobId the job id
	 * @return the job
	 */
	default ScheduledJob pause(String jobId) {
		return pause(jobId, RequestOptions.none());
	}

	/**
	 * Pause a job, with options for this call.
	 * @param jobId the job id
	 * @param options the options
	 * @return the job
	 */
	ScheduledJob pause(String jobId, RequestOptions options);

	/**
	 * Resume a paused job.
	 * @param jobId the job id
	 * @return the job
	 */
	default ScheduledJob resume(String jobId) {
		return resume(jobId, RequestOptions.none());
	}

	/**
	 * Resume a paused job, with options for this call.
	 * @param jobId the job id
	 * @param options the options
	 * @return the job
	 */
	ScheduledJob resume(String jobId, RequestOptions options);

	/**
	 * Delete a job.
	 * @param jobId the job id
	 * @return the job as deleted
	 */
	default ScheduledJob delete(String jobId) {
		return delete(jobId, RequestOptions.none());
	}

	/**
	 * Delete a job, with options for this call.
	 * @param jobId the job id
	 * @param options the options
	 * @return the job as deleted
	 */
	ScheduledJob delete(String jobId, RequestOptions options);

}
