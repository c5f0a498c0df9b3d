package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.RequestOptions;

/**
 * A project's identity links ({@code admin.project(id).identity()}): which app user a phone number is.
 * {@link #link} links at once; {@link #sendVerificationCode} or {@link #sendMagicLink} followed by
 * {@link #verify} links only once the phone's owner proves it; {@link #links} lists the project's links.
 *
 * <pre>{@code
 * VerificationChallenge challenge = project.identity().sendVerificationCode(UserLinkParams.builder()
 *     .phoneE164("+15551234567").providerUserId("app-user-123").build());
 * IdentityLink link = project.identity().verify(IdentityVerifyParams.builder()
 *     .phoneE164("+15551234567").code(codeTheUserTypedIn).build());
 * }</pre>
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


	/** @return the project's first 100 links */
	default List<IdentityLink> links() {
		return links(100, 0, RequestOptions.none());
	}

	/**
	 * A page of the project's links.
	 * @param limit at most this many (1 to 1000)
	 * @param offset links to skip (0 or more)
	 * @param options the options
	 * @return the links, in link order
	 * @throws IllegalArgumentException when the limit or offset is out of range (nothing is sent)
	 */
	List<IdentityLink> links(int limit, int offset, RequestOptions options);

	/**
	 * Make a verified link without a code, for test projects: the phone is linked to the user at once.
	 * @param params the phone, the user and the provider
	 * @return the verified link
	 */
	default IdentityLink testLink(UserLinkParams params) {
		return testLink(params, RequestOptions.none());
	}

	/**
	 * Make a verified test link, with options for this call.
	 * @param params the phone, the user and the provider
	 * @param options the options
	 * @return the verified link
	 */
	IdentityLink testLink(UserLinkParams params, RequestOptions options);

	/**
	 * Text the phone a one-time code; {@link #verify} with it completes the link.
	 * @param params the phone, the user and the provider
	 * @return the pending challenge
	 */
	default VerificationChallenge sendVerificationCode(UserLinkParams params) {
		return sendVerificationCode(params, RequestOptions.none());
	}

	/**
	 * Text the phone a one-time code, with options for this call.
	 * @param params the phone, the user and the provider
	 * @param options the options
	 * @return the pending challenge
	 */
	VerificationChallenge sendVerificationCode(UserLinkParams params, RequestOptions options);

	/**
	 * Send the phone a magic link on a channel; opening it (or {@link #verify} with its state) completes
	 * the link.
	 * @param params the phone, the user's identifier, the channel
	 * @return the pending challenge
	 */
	default VerificationChallenge sendMagicLink(MagicLinkParams params) {
		return sendMagicLink(params, RequestOptions.none());
	}

	/**
	 * Send a magic link, with options for this call.
	 * @param params the phone, the user's identifier, the channel
	 * @param options the options
	 * @return the pending challenge
	 */
	VerificationChallenge sendMagicLink(MagicLinkParams params, RequestOptions options);

	/**
	 * Complete a verification with the code the phone received.
	 * @param params the phone and the code
	 * @return the link now verified
	 * @throws com.generalaugment.client.error.ApiErrorException 400 when the code is wrong or expired
	 */
	default IdentityLink verify(IdentityVerifyParams params) {
		return verify(params, RequestOptions.none());
	}

	/**
	 * Complete a verification, with options for this call.
	 * @param params the phone and the code
	 * @param options the options
	 * @return the link now verified
	 */
	IdentityLink verify(IdentityVerifyParams params, RequestOptions options);

}
