package org.healthcode.checkin;

import java.util.List;
import java.util.Map;

import org.healthcode.checkin.HealthRecords.Shown;
import org.healthcode.entry.EntryRule;
import org.healthcode.health.HealthStatus;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.venue.PublicVenue;

/**
 * What a registered scan shows: the holder's entry (new or the earlier one of a repeat),
 * the companions' entries in the order chosen, and what was read in the same transaction
 * for the answer: colours, tests and vaccinations of everyone, the door's rule, the
 * identities.
 */
record RegisteredScan(CheckIn holderEntry, List<CheckIn> companionEntries, PublicVenue venue, PersonProfile holder,
		Map<PersonId, HealthStatus> statuses, Map<PersonId, Shown> records, EntryRule rule,
		Map<PersonId, PersonProfile> companionProfiles, boolean repeated) {
}
