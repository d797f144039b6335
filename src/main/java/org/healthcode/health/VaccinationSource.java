package org.healthcode.health;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.healthcode.person.PersonId;
import org.healthcode.support.ReadsInOneTrip.Read;

/**
 * Where a person's vaccination comes from, for the health code and the door: implemented
 * by the vaccination module, which depends on this one, so health reads it without a
 * cycle.
 */
public interface VaccinationSource {

	VaccinationSummary vaccinationOf(PersonId person);

	/** {@link #vaccinationOf(PersonId)} as a read to send together with others. */
	Read<VaccinationSummary> vaccinationRead(PersonId person);

	/**
	 * The vaccination of each of several people, every one present
	 * ({@link VaccinationSummary#NONE} when none). An implementation reads them in one
	 * go; this default asks one by one.
	 */
	default Map<PersonId, VaccinationSummary> vaccinationOf(Collection<PersonId> persons) {
		Map<PersonId, VaccinationSummary> summaries = new LinkedHashMap<>();
		persons.forEach(id -> summaries.put(id, vaccinationOf(id)));
		return summaries;
	}

}
