package com.generalaugment.client.admin;

import com.generalaugment.client.RequestOptions;

/**
 * A project's identity links ({@code admin.project(id).identity()}): which app user a phone number is.
 */
public interface IdentityService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	IdentityService withOptions(RequestOptions options);

	/**
	 * Link a phone number to an app user.
	 * @param params the phone, the user and the provider
	 * @return the link
	 */
	default UserLink link(UserLinkParams params) {
		return link(params, RequestOptions.none());
	}

	/**
	 * Link a phone number to an app user, with options for this call.
	 * @param params the phone, the user and the provider
	 * @param options the options
	 * @return the link
	 */
	UserLink link(UserLinkParams params, RequestOptions options);

	/**
	 * The app user a phone number is linked to.
	 * @param phoneE164 the phone number, E.164
	 * @return the link
	 */
	default UserLink resolve(String phoneE164) {
		return resolve(UserLookupParams.builder().phoneE164(phoneE164).build(), RequestOptions.none());
	}

	/**
	 * The app user a phone number is linked to, through one provider.
	 * @param params the phone and provider
	 * @return the link
	 */
	default UserLink resolve(UserLookupParams params) {
		return resolve(params, RequestOptions.none());
	}

	/**
	 * Resolve a link, with options for this call.
	 * @param params the phone and provider
	 * @param options the options
	 * @return the link
	 */
	UserLink resolve(UserLookupParams params, RequestOptions options);

	/**
	 * Remove the link of a phone number.
	 * @param phoneE164 the phone number, E.164
	 * @return whether a link was removed
	 */
	default boolean unlink(String phoneE164) {
		return unlink(UserLookupParams.builder().phoneE164(phoneE164).build(), RequestOptions.none());
	}

	/**
	 * Remove the link of a phone number through one provider.
	 * @param params the phone and provider
	 * @return whether a link was removed
	 */
	default boolean unlink(UserLookupParams params) {
		return unlink(params, RequestOptions.none());
	}

	/**
	 * Remove a link, with options for this call.
	 * @param params the phone and provider
	 * @param options the options
	 * @return whether a link was removed
	 */
	boolean unlink(UserLookupParams params, RequestOptions options);

}
