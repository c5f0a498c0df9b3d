package com.generalaugment.spring.autoconfigure.aot;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the SDK and the embedded mock read at run time that a native image must keep: their build
 * descriptions, read as class-path resources for the health indicator, the info contributor and
 * {@code User-Agent}. The SDK reads and writes its own JSON as trees, so its types need no reflection; the
 * structured-output types an application names do, and it declares them with
 * {@code @RegisterReflectionForBinding}.
 */
public final class GenaugRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources()
			.registerPattern("com/generalaugment/client/genaug-version.properties")
			.registerPattern("com/generalaugment/mock/genaug-mock.properties");
	}

}
