package com.generalaugment.sample.triage;

/**
 * The structured result the agent returns for a support ticket. Its JSON schema is derived from this
 * record by the SDK and sent as a strict {@code json_schema} format.
 *
 * @param category what the ticket is about
 * @param urgency how soon someone must act
 * @param summary one sentence for the support queue
 * @param nextAction what to do next
 */
public record SupportTriage(Category category, Urgency urgency, String summary, String nextAction) {

	/** Ticket categories. */
	public enum Category {

		BILLING, BUG, ACCOUNT, FEATURE_REQUEST, OTHER

	}

	/** Urgency levels. */
	public enum Urgency {

		HIGH, NORMAL, LOW

	}

}
