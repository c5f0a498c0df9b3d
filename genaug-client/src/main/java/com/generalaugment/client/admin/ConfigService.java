package com.generalaugment.client.admin;

import java.nio.file.Path;

import com.generalaugment.client.RequestOptions;

/**
 * A project's configuration ({@code admin.project(id).config()}): deploy a new one.
 */
public interface ConfigService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ConfigService withOptions(RequestOptions options);

	/**
	 * Deploy a configuration ({@code PUT …/config}).
	 * @param params the configuration
	 * @return the project as deployed
	 */
	default Project deploy(ConfigDeployParams params) {
		return deploy(params, RequestOptions.none());
	}

	/**
	 * Deploy a configuration, with options for this call.
	 * @param params the configuration
	 * @param options the options
	 * @return the project as deployed
	 */
	Project deploy(ConfigDeployParams params, RequestOptions options);

	/**
	 * Deploy a YAML configuration file.
	 * @param path the file (UTF-8)
	 * @return the project as deployed
	 * @throws java.io.UncheckedIOException when the file cannot be read (nothing is sent)
	 */
	default Project deployFile(Path path) {
		return deployFile(path, RequestOptions.none());
	}

	/**
	 * Deploy a YAML configuration file, with options for this call.
	 * @param path the file (UTF-8)
	 * @param options the options
	 * @return the project as deployed
	 */
	Project deployFile(Path path, RequestOptions options);

}
