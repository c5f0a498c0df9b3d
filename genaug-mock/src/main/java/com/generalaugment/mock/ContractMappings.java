package com.generalaugment.mock;

import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

/**
 * WireMock's "default mappings": the one catch-all stub that routes every request to the
 * {@link ContractTransformer}. Registered as the mappings source, WireMock reloads it on every
 * {@code resetAll()} / {@code POST /__admin/reset}, so a reset removes user stubs but never the contract.
 * It also keeps WireMock from loading stub files from the working directory. Stubs a user saves are not
 * persisted.
 */
final class ContractMappings implements MappingsSource {

	/**
	 * The catch-all's priority. WireMock serves the lowest number first and user stubs default to 5, so any
	 * stub a test adds takes precedence over the simulated platform.
	 */
	static final int CONTRACT_PRIORITY = 10_000;

	private static final UUID CONTRACT_STUB_ID = UUID.fromString("6e1c2b7a-0c55-4c52-9d2e-6d6f636b0001");

	@Override
	public void loadMappingsInto(StubMappings stubMappings) {
		stubMappings.addMapping(contractStub());
	}

	@Override
	public void save(List<StubMapping> stubMappings) {
		// Nothing is persisted: the mock is in-memory only.
	}

	@Override
	public void save(StubMapping stubMapping) {
		// Nothing is persisted: the mock is in-memory only.
	}

	@Override
	@SuppressWarnings("removal") // Still abstract in WireMock 3.13.2's MappingsSaver, so it must be implemented.
	public void remove(StubMapping stubMapping) {
		// Nothing is persisted: the mock is in-memory only.
	}

	@Override
	public void removeAll() {
		// Nothing is persisted: the mock is in-memory only.
	}

	private static StubMapping contractStub() {
		return WireMock.any(WireMock.anyUrl())
			.withId(CONTRACT_STUB_ID)
			.withName("General Augment contract")
			.atPriority(CONTRACT_PRIORITY)
			.willReturn(WireMock.aResponse().withTransformers(ContractTransformer.NAME))
			.build();
	}

}
