package com.generalaugment.client.admin;

import java.nio.file.Path;
import java.util.List;

import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.error.GeneralAugmentException;

/**
 * Projects as a collection ({@code admin.projects()}): list them, read one, create one from a
 * configuration. What is done to one project goes through {@code admin.project(id)}.
 *
 * <p>An interface so that an application's tests can stand in for it. Every method also takes
 * {@link RequestOptions}; every failure is a {@link GeneralAugmentException}.
 */
public interface ProjectService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ProjectService withOptions(RequestOptions options);

	/** @return the first page of projects, in the platform's order */
	default List<Project> list() {
		return list(ProjectListParams.builder().build(), RequestOptions.none());
	}

	/**
	 * A page of projects.
	 * @param params the page
	 * @return the projects
	 */
	default List<Project> list(ProjectListParams params) {
		return list(params, RequestOptions.none());
	}

	/**
	 * A page of projects, with options for this call.
	 * @param params the page
	 * @param options the options
	 * @return the projects
	 */
	List<Project> list(ProjectListParams params, RequestOptions options);

	/**
	 * One project.
	 * @param projectId the project id
	 * @return the project
	 */
	default Project get(String projectId) {
		return get(projectId, RequestOptions.none());
	}

	/**
	 * One project, with options for this call.
	 * @param projectId the project id
	 * @param options the options
	 * @return the project
	 */
	Project get(String projectId, RequestOptions options);

	/**
	 * Create a project from a configuration.
	 * @param params the configuration
	 * @return the new project
	 */
	default Project createFromConfig(ConfigDeployParams params) {
		return createFromConfig(params, RequestOptions.none());
	}

	/**
	 * Create a project from a configuration, with options for this call.
	 * @param params the configuration
	 * @param options the options
	 * @return the new project
	 */
	Project createFromConfig(ConfigDeployParams params, RequestOptions options);

	/**
	 * Create a project from a YAML configuration file.
	 * @param path the file (UTF-8)
	 * @return the new project
	 * @throws java.io.UncheckedIOException when the file cannot be read (nothing is sent)
	 */
	default Project createFromConfigFile(Path path) {
		return createFromConfigFile(path, RequestOptions.none());
	}

	/**
	 * Create a project from a YAML configuration file, with options for this call.
	 * @param path the file (UTF-8)
	 * @param options the options
	 * @return the new project
	 */
	Project createFromConfigFile(Path path, RequestOptions options);

}
