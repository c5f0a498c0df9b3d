package com.generalaugment.sample.memory;

import java.security.Principal;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.memory.MemorySearchParams;
import com.generalaugment.client.memory.MemoryStoreParams;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Durable facts for the signed-in user. The user id is always the principal's name, so one user can
 * never read or write another's memory.
 */
@RestController
@RequestMapping("/memory")
class MemoryController {

	private final GeneralAugmentClient client;

	MemoryController(GeneralAugmentClient client) {
		this.client = client;
	}

	@PostMapping
	JsonNode remember(@RequestBody FactRequest request, Principal principal) {
		return this.client.memory().store(MemoryStoreParams.builder()
			.userId(principal.getName())
			.fact(request.fact())
			.factType((request.factType() != null) ? request.factType() : "fact")
			.source("sample-app")
			.build()).raw();
	}

	@GetMapping
	JsonNode recall(@RequestParam(defaultValue = "") String query, Principal principal) {
		return this.client.memory().search(MemorySearchParams.builder()
			.userId(principal.getName())
			.query(query)
			.limit(20)
			.build()).raw();
	}

	record FactRequest(String fact, String factType) {
	}

}
