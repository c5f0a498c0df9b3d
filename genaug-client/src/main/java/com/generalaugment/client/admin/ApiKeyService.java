package com.generalaugment.client.admin;

import java.util.List;

import com.generalaugment.client.RequestOptions;

/**
 * The account's API keys ({@code admin.keys()}): list, create, update, revoke. A key scoped to one
 * project sees that project's keys only.
 */
public interface ApiKeyService {

	/**
	 * A view whose calls carry the options (a call's own win field by field).
	 * @param options the options
	 * @return the view
	 */
	ApiKeyService withOptions(RequestOptions options);

	/** @return the keys, without their raw secrets, in creation order */
	default List<ApiKey> list() {
		return list(RequestOptions.none());
	}

	/**
	 * The keys, with options for this call.
	 * @param options the options
	 * @return the keys
	 */
	List<ApiKey> list(RequestOptions options);

	/**
	 * Create a key. The reply is the only one that carries the raw key ({@link ApiKey#rawKey()}).
	 * @param params the key's name, scopes, project, mode and expiry
	 * @return the key, raw secret included
	 */
	default ApiKey create(ApiKeyCreateParams params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * Create a key, with options for this call.
	 * @param params the key
	 * @param options the options
	 * @return the key, raw secret included
	 */
	ApiKey create(ApiKeyCreateParams params, RequestOptions options);

	/**
	 * Change a key's name, scopes or expiry.
	 * @param keyId the key's id
	 * @param update the changes
	 * @return the key as changed
	 */
	default ApiKey update(String keyId, ApiKeyUpdate update) {
		return update(keyId, update, RequestOptions.none());
	}

	/**
	 * Change a key, with options for this call.
	 * @param keyId the key's id
	 * @param update the changes
	 * @param options the options
	 * @return the key as changed
	 */
	ApiKey update(String keyId, ApiKeyUpdate update, RequestOptions options);

	/**
	 * Revoke a key: it stops working at once.
	 * @param keyId the key's id
	 * @return the reply, status {@code revoked}
	 */
	default StatusReply revoke(String keyId) {
		return revoke(keyId, RequestOptions.none());
	}

	/**
	 * Revoke a key, with options for this call.
	 * @param keyId the key's id
	 * @param options the options
	 * @return the reply
	 */
	StatusReply revoke(String keyId, RequestOptions options);

}
