package com.generalaugment.mock.platform;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Agent turns per project and day, for the usage endpoint. Every turn the mock serves is dated on the
 * day of {@link MockClock#EPOCH}, the date of the platform mock's fixed {@code created_at}.
 */
public final class UsageLedger {

	/** The default project of a turn that names none in {@code X-Project-ID}. */
	public static final String DEFAULT_PROJECT = "proj_mock";

	private static final LocalDate TURN_DATE = LocalDate.of(2026, 1, 1);

	private final Map<String, Map<LocalDate, Integer>> turns = new HashMap<>();

	/**
	 * Counts one agent turn.
	 *
	 * @param projectId the project, {@code null} or blank for {@link #DEFAULT_PROJECT}
	 */
	public synchronized void recordTurn(@Nullable String projectId) {
		String project = projectId == null || projectId.isBlank() ? DEFAULT_PROJECT : projectId;
		turns.computeIfAbsent(project, id -> new HashMap<>()).merge(TURN_DATE, 1, Integer::sum);
	}

	/**
	 * The turns of one project on one day.
	 *
	 * @param projectId the project
	 * @param date the day
	 * @return the count
	 */
	public synchronized int turns(String projectId, LocalDate date) {
		return turns.getOrDefault(projectId, Map.of()).getOrDefault(date, 0);
	}

	/** Forgets every turn. */
	public synchronized void reset() {
		turns.clear();
	}

}
