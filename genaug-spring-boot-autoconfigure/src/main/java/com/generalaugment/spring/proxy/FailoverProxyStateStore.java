package com.generalaugment.spring.proxy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * What the proxy does while a shared {@link ProxyStateStore} cannot answer. Fail closed (the default):
 * the call is refused with 503 and a short {@code Retry-After}, and nothing reaches the platform. Fail
 * open: this instance carries on with state of its own (limits then hold per instance), logged once per
 * outage. Either way it goes back to the shared store by itself once that answers again.
 */
public final class FailoverProxyStateStore implements ProxyStateStore, AutoCloseable {

	private static final Log logger = LogFactory.getLog(FailoverProxyStateStore.class);

	private final ProxyStateStore shared;

	private final ProxyStateStore local;

	private final boolean failOpen;

	private final AtomicBoolean down = new AtomicBoolean();

	/**
	 * @param shared the store shared by the instances
	 * @param local the state this instance falls back to when failing open
	 * @param failOpen {@code true} to fall back to {@code local}, {@code false} to refuse calls
	 */
	public FailoverProxyStateStore(ProxyStateStore shared, ProxyStateStore local, boolean failOpen) {
		this.shared = shared;
		this.local = local;
		this.failOpen = failOpen;
	}

	@Override
	public Duration tryConsume(String userId) {
		return call(() -> this.shared.tryConsume(userId), () -> this.local.tryConsume(userId));
	}

	@Override
	public @Nullable ProxyLease tryAcquire(ProxySlot slot, String userId) {
		ProxyLease[] lease = new ProxyLease[1];
		boolean acquired = call(() -> {
			lease[0] = this.shared.tryAcquire(slot, userId);
			return lease[0] != null;
		}, () -> {
			lease[0] = this.local.tryAcquire(slot, userId);
			return lease[0] != null;
		});
		return acquired ? lease[0] : null;
	}

	@Override
	public void rememberResponse(String userId, String responseId) {
		// After the platform answered: a record lost here fails closed later (the user cannot continue
		// that response), so it is logged, never turned into an error for a call that succeeded.
		try {
			call(() -> {
				this.shared.rememberResponse(userId, responseId);
				return true;
			}, () -> {
				this.local.rememberResponse(userId, responseId);
				return true;
			});
		}
		catch (ProxyRequestException ex) {
			logger.debug("Response ownership not recorded: the proxy store is unavailable");
		}
	}

	@Override
	public boolean ownsResponse(String userId, String responseId) {
		return call(() -> this.shared.ownsResponse(userId, responseId), () -> this.local.ownsResponse(userId, responseId));
	}

	@Override
	public long tokensToday(String userId) {
		return call(() -> this.shared.tokensToday(userId), () -> this.local.tokensToday(userId));
	}

	@Override
	public void addTokens(String userId, long tokens) {
		try {
			call(() -> {
				this.shared.addTokens(userId, tokens);
				return true;
			}, () -> {
				this.local.addTokens(userId, tokens);
				return true;
			});
		}
		catch (ProxyRequestException ex) {
			logger.debug("Tokens not counted: the proxy store is unavailable");
		}
	}

	@Override
	public ProxyStoreStatus status() {
		ProxyStoreStatus status = this.shared.status();
		return new ProxyStoreStatus(status.store(), status.up(), this.failOpen ? "fail-open" : "fail-closed",
				status.error(), status.downSince());
	}

	/** Close the shared store, and the local one, when they hold resources. */
	@Override
	public void close() throws Exception {
		if (this.shared instanceof AutoCloseable closeable) {
			closeable.close();
		}
		if (this.local instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	private <T> T call(Supplier<T> shared, Supplier<T> local) {
		T value;
		try {
			value = shared.get();
		}
		catch (ProxyStoreUnavailableException ex) {
			if (this.down.compareAndSet(false, true)) {
				logger.warn("The proxy's shared state store is unavailable (" + ex.getMessage() + "): "
						+ (this.failOpen ? "carrying on with this instance's own limits until it is back"
								: "refusing proxied calls with 503 until it is back"));
			}
			if (!this.failOpen) {
				throw new ProxyRequestException(ProxyError.storeUnavailable());
			}
			return local.get();
		}
		if (this.down.compareAndSet(true, false)) {
			logger.info("The proxy's shared state store answers again: limits are shared once more");
		}
		return value;
	}

}
