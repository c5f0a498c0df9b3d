package com.generalaugment.spring.autoconfigure.mock;

import com.generalaugment.mock.GenaugMockServer;
import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;

/**
 * Connection details that point both clients at a running {@link GenaugMockServer} with the keys it
 * accepts ({@link GenaugMockAutoConfiguration#MOCK_PROJECT_KEY},
 * {@link GenaugMockAutoConfiguration#MOCK_ADMIN_KEY}).
 */
public final class GenaugMockConnectionDetails implements GenaugConnectionDetails {

	private final GenaugMockServer mockServer;

	private final String projectId;

	/**
	 * Connection details for the given mock.
	 * @param mockServer the running mock, started with the mock keys
	 * @param projectId the admin client's default project
	 */
	public GenaugMockConnectionDetails(GenaugMockServer mockServer, String projectId) {
		this.mockServer = mockServer;
		this.projectId = projectId;
	}

	/**
	 * The mock the clients call.
	 * @return the mock server
	 */
	public GenaugMockServer getMockServer() {
		return this.mockServer;
	}

	@Override
	public String getBaseUrl() {
		return this.mockServer.baseUrl();
	}

	@Override
	public String getApiKey() {
		return GenaugMockAutoConfiguration.MOCK_PROJECT_KEY;
	}

	@Override
	public String getAdminApiKey() {
		return GenaugMockAutoConfiguration.MOCK_ADMIN_KEY;
	}

	@Override
	public String getProjectId() {
		return this.projectId;
	}

	@Override
	public String toString() {
		return "GenaugMockConnectionDetails[baseUrl=" + getBaseUrl() + ", projectId=" + this.projectId + "]";
	}

}
