package com.generalaugment.spring.proxy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the health indicator shows about the proxy's state store.
 * @param store the store's kind, {@code memory} or {@code redis}
 * @param up whether it answers
 * @param onFailure what the proxy does while it does not: {@code fail-closed} or {@code fail-open}
 * ({@code none} for a store that cannot fail)
 * @param error why it does not answer, {@code null} when up
 * @param downSince when it stopped answering, {@code null} when up
 */
public record ProxyStoreStatus(String store, boolean up, String onFailure, @Nullable String error,
		@Nullable Instant downSince) {

	/**
	 * A store that is up.
	 * @param store the kind
	 * @param onFailure the failure behaviour
	 * @return the status
	 */
	public static ProxyStoreStatus up(String store, String onFailure) {
		return new ProxyStoreStatus(store, true, onFailure, null, null);
	}

}
