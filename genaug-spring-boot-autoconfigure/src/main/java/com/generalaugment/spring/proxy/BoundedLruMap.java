package com.generalaugment.spring.proxy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most a fixed number of entries, forgetting the least recently used first. Not
 * thread-safe: callers synchronise on it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class BoundedLruMap<K, V> extends LinkedHashMap<K, V> {

	private final int maxEntries;

	BoundedLruMap(int maxEntries) {
		super(16, 0.75f, true);
		if (maxEntries < 1) {
			throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
		}
		this.maxEntries = maxEntries;
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
		return size() > this.maxEntries;
	}

}
