package org.healthcode.health;

/**
 * How far a person is vaccinated, as health codes showed it in 2022: {@code BOOSTER}
 * (加强针, three doses or more), {@code COMPLETE} (全程, two), {@code PARTIAL} (one) and
 * {@code NONE}.
 */
public enum VaccinationState {

	NONE, PARTIAL, COMPLETE, BOOSTER;

	/** The state that {@code doses} recorded doses give. */
	public static VaccinationState ofDoses(int doses) {
		if (doses >= 3) {
			return BOOSTER;
		}
		if (doses == 2) {
			return COMPLETE;
		}
		return doses == 1 ? PARTIAL : NONE;
	}

}
