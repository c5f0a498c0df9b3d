package com.generalaugment.client.verify;

/**
 * The outcome of one verify check, or of a readiness item. A {@code SKIP} never fails a report.
 */
public enum CheckStatus {

	/** The check ran and what it looks for is there. */
	PASS,

	/** The check ran and found a problem. */
	FAIL,

	/** The check could not run (its detail says why). */
	SKIP

}
