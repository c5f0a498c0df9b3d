package com.generalaugment.mock.platform.memory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.generalaugment.mock.platform.json.PyText;

/** The deterministic similarity of contract §7 memory search. */
final class LexicalScore {

	private LexicalScore() {
	}

	/**
	 * 1.0 for an empty query; 0.99 when the lower-cased trimmed query is a substring of the lower-cased
	 * fact; else the fraction of distinct query words found among the fact's words.
	 */
	static double score(String query, String fact) {
		String normalizedQuery = PyText.strip(query).toLowerCase(Locale.ROOT);
		String normalizedFact = fact.toLowerCase(Locale.ROOT);
		if (normalizedQuery.isEmpty()) {
			return 1.0;
		}
		if (normalizedFact.contains(normalizedQuery)) {
			return 0.99;
		}
		Set<String> queryWords = new HashSet<>(PyText.split(normalizedQuery));
		Set<String> factWords = new HashSet<>(PyText.split(normalizedFact));
		int queryCount = queryWords.size();
		queryWords.retainAll(factWords);
		return (double) queryWords.size() / queryCount;
	}

	/**
	 * Python's {@code round(score, 4)}: the exact binary value rounded half-even to 4 decimals.
	 */
	static double round4(double score) {
		return new BigDecimal(score).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
	}

}
