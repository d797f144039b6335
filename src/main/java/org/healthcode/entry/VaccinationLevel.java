package org.healthcode.entry;

/**
 * What a rule may ask of vaccination: COMPLETE (2 doses or more) or BOOSTER (3 or more).
 */
public enum VaccinationLevel {

	COMPLETE, BOOSTER

}
