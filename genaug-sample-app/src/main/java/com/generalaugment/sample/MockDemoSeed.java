package com.generalaugment.sample;

import java.util.List;

import com.generalaugment.client.AdminClient;
import com.generalaugment.client.admin.ApiKeyCreateParams;
import com.generalaugment.client.admin.ConfigDeployParams;
import com.generalaugment.client.error.GeneralAugmentException;
import com.generalaugment.spring.autoconfigure.GenaugConnectionDetails;
import com.generalaugment.spring.autoconfigure.mock.GenaugMockConnectionDetails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Onboards the embedded mock's default project at start, as a team onboards a real one: a project API
 * key for this backend, and a deployed config with a SOUL and one skill. A fresh mock has neither, so
 * without this {@code POST /actuator/genaug/verify} would answer FAIL on the sample's own default run.
 * Against a real platform (a configured key) nothing is written: its project is the team's to set up.
 *
 * <p>It runs once the beans exist and before the web server opens its port, so the app reports ready only
 * after the seed: an application runner would run after "Started", while readiness is still out of service.
 */
@Component
class MockDemoSeed implements SmartInitializingSingleton {

	/** Keeps the mock project's slug: a deploy takes the slug from {@code metadata.name}. */
	static final String MANIFEST = "metadata:\n  name: mock-project\n";

	static final String SOUL = """
			You are the support assistant of a mobile app. Answer in two or three short sentences, \
			say plainly when you do not know, and offer to hand the conversation to a person when a \
			question is about a payment or an account.""";

	static final String SKILL = """
			---
			name: account-recovery
			description: Helping a user who cannot sign in to the app
			---
			# Account recovery

			Ask which sign-in method the user chose, send them to "Forgot password" in the app's sign-in
			screen, and never ask for the password itself.
			""";

	private static final Log logger = LogFactory.getLog(MockDemoSeed.class);

	private final ObjectProvider<GenaugConnectionDetails> connection;

	private final ObjectProvider<AdminClient> admin;

	MockDemoSeed(ObjectProvider<GenaugConnectionDetails> connection, ObjectProvider<AdminClient> admin) {
		this.connection = connection;
		this.admin = admin;
	}

	@Override
	public void afterSingletonsInstantiated() {
		AdminClient adminClient = this.admin.getIfAvailable();
		if (!(this.connection.getIfAvailable() instanceof GenaugMockConnectionDetails) || adminClient == null
				|| adminClient.defaultProjectId() == null) {
			return;
		}
		String projectId = adminClient.defaultProjectId();
		try {
			// The mock derives a key's id from the request, so a second start re-issues the same key.
			adminClient.keys().create(ApiKeyCreateParams.builder().name("sample-backend").projectId(projectId).build());
			adminClient.project().config().deploy(ConfigDeployParams.builder()
				.yamlContent(MANIFEST)
				.soulContent(SOUL)
				.skills(List.of(SKILL))
				.build());
			logger.info("Seeded the General Augment mock's project " + projectId
					+ ": API key 'sample-backend', a SOUL and the skill 'account-recovery'");
		}
		catch (GeneralAugmentException ex) {
			// Demo polish only: the chat works without it, so a failed seed must not stop the start.
			logger.warn("Could not seed the General Augment mock's project " + projectId + " (" + ex.reason()
					+ "): POST /actuator/genaug/verify will report what is missing");
		}
	}

}
