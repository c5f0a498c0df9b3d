package com.generalaugment.spring.proxy;

/**
 * A request the proxy refuses before calling the platform (bad body, limit exceeded, not allowed).
 */
final class ProxyRequestException extends RuntimeException {

	private final ProxyError error;

	ProxyRequestException(ProxyError error) {
		super(error.message(), null, false, false);
		this.error = error;
	}

	static ProxyRequestException badRequest(String reason, String message) {
		return new ProxyRequestException(ProxyError.of(400, reason, message));
	}

	ProxyError error() {
		return this.error;
	}

}
