package com.generalaugment.spring.proxy;

/**
 * A slot held for one call. Stores that share slots between instances give a lease an expiry and renew
 * it while the call runs, so the slots of an instance that dies come free by themselves.
 */
@FunctionalInterface
public interface ProxyLease {

	/** A lease that holds nothing, for a slot without a cap. */
	ProxyLease NONE = () -> {
	};

	/** Give the slot back. Called once, when the call ends; never throws. */
	void release();

}
