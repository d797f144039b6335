package org.healthcode.health;

import org.healthcode.person.PersonId;

/**
 * Where a person's vaccination comes from, for the health code and the door: implemented
 * by the vaccination module, which depends on this one, so health reads it without a
 * cycle.
 */
public interface VaccinationSource {

	VaccinationSummary vaccinationOf(PersonId person);

}
