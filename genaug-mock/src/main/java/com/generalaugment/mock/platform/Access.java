package com.generalaugment.mock.platform;

/** Which credential a route needs (contract §1: two keys, never mixed). */
enum Access {

	/** Health: no credentials. */
	PUBLIC,

	/** {@code Authorization: Bearer <project key>}. */
	PROJECT_KEY,

	/** {@code X-Admin-Key: <admin key>}. */
	ADMIN_KEY,

	/** The mock's own {@code /__genaug/*} routes: no credentials, no scenarios. */
	MOCK_ADMIN

}
