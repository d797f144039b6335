package org.healthcode.health;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.healthcode.person.PersonId;
import org.healthcode.support.ReadsInOneTrip.Read;

/**
 * Where the health code reads a person's latest nucleic-acid test. Implemented by the
 * testing module, which depends on this one (so this module does not depend on it).
 */
public interface NatSource {

	NatSummary natOf(PersonId personId);

	/** {@link #natOf(PersonId)} as a read to send together with others. */
	Read<NatSummary> natRead(PersonId personId);

	/**
	 * The latest test of each of several people (a holder and their companions), every
	 * one present ({@link NatSummary#NONE} when none). An implementation reads them in
	 * one go; this default asks one by one.
	 */
	default Map<PersonId, NatSummary> natOf(Collection<PersonId> personIds) {
		Map<PersonId, NatSummary> summaries = new LinkedHashMap<>();
		personIds.forEach(id -> summaries.put(id, natOf(id)));
		return summaries;
	}

}
