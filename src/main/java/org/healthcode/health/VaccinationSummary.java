package org.healthcode.health;

import java.time.LocalDate;

/**
 * A person's vaccination at a glance: the state, how many doses are recorded and the day
 * of the last one ({@code null} when none).
 */
public record VaccinationSummary(VaccinationState state, int doses, LocalDate lastOn) {

	public static final VaccinationSummary NONE = new VaccinationSummary(VaccinationState.NONE, 0, null);

	/** The summary of {@code doses} recorded doses, the last on {@code lastOn}. */
	public static VaccinationSummary of(int doses, LocalDate lastOn) {
		return doses == 0 ? NONE : new VaccinationSummary(VaccinationState.ofDoses(doses), doses, lastOn);
	}

}
