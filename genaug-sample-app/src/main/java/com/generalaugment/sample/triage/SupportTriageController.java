package com.generalaugment.sample.triage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;

import com.generalaugment.client.GeneralAugmentClient;
import com.generalaugment.client.RequestOptions;
import com.generalaugment.client.memory.MemoryStoreParams;
import com.generalaugment.client.memory.MemoryStoreResult;
import com.generalaugment.client.responses.ResponseCreateParams;
import com.generalaugment.client.responses.StructuredResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's "support triage" example as a typed backend feature: a ticket goes in, a
 * {@link SupportTriage} record comes out, and the outcome is remembered for the user.
 */
@RestController
@RequestMapping("/support")
class SupportTriageController {

	private final GeneralAugmentClient client;

	SupportTriageController(GeneralAugmentClient client) {
		this.client = client;
	}

	@PostMapping("/triage")
	TriageReply triage(@RequestBody TicketRequest ticket, Principal principal) {
		if (ticket.ticket() == null || ticket.ticket().isBlank()) {
			throw new IllegalArgumentException("ticket must not be blank");
		}
		String user = principal.getName();
		// Derived from the ticket: a retried or double-submitted ticket is one turn, billed once.
		String key = "triage-" + sha256(user + "\n" + ticket.ticket()).substring(0, 32);
		StructuredResponse<SupportTriage> result = this.client.responses().create(ResponseCreateParams.builder()
			.model("balanced")
			.user(user)
			.instructions("Triage this support ticket.")
			.input(ticket.ticket())
			.metadata("feature", "support-triage")
			.build(), SupportTriage.class, RequestOptions.builder().idempotencyKey(key).build());
		SupportTriage triage = result.value();
		MemoryStoreResult memory = this.client.memory().store(MemoryStoreParams.builder()
			.userId(user)
			.fact("Last support ticket was about " + triage.category() + ": " + triage.summary())
			.factType("summary")
			.source("support-triage")
			.idempotencyKey(key + "-memory")
			.build());
		return new TriageReply(triage, result.response().id(), memory.memoryId());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record TicketRequest(String ticket) {
	}

	record TriageReply(SupportTriage triage, String responseId, String memoryId) {
	}

}
