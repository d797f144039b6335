package org.healthcode.checkin;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.healthcode.entry.EntryFacts;
import org.healthcode.health.Color;
import org.healthcode.health.NatSource;
import org.healthcode.health.NatSummary;
import org.healthcode.health.VaccinationSource;
import org.healthcode.health.VaccinationSummary;
import org.healthcode.person.PersonId;

import org.springframework.stereotype.Component;

/**
 * The latest nucleic-acid test and the vaccination of everyone on a blue screen or a trip
 * record, read for the whole group in one statement each (not one per companion).
 */
@Component
class HealthRecords {

	private final NatSource nat;

	private final VaccinationSource vaccination;

	HealthRecords(NatSource nat, VaccinationSource vaccination) {
		this.nat = nat;
		this.vaccination = vaccination;
	}

	/** Each person's record, every one present. */
	Map<PersonId, Shown> of(Collection<PersonId> people) {
		Map<PersonId, NatSummary> tests = this.nat.natOf(people);
		Map<PersonId, VaccinationSummary> doses = this.vaccination.vaccinationOf(people);
		Map<PersonId, Shown> shown = new LinkedHashMap<>();
		people.forEach(id -> shown.put(id,
				new Shown(tests.getOrDefault(id, NatSummary.NONE), doses.getOrDefault(id, VaccinationSummary.NONE))));
		return shown;
	}

	/** A person's test and vaccination as screens show them. */
	record Shown(NatSummary nat, VaccinationSummary vaccination) {

		static final Shown NONE = new Shown(NatSummary.NONE, VaccinationSummary.NONE);

		/** The door's facts of a person with this record and that colour. */
		EntryFacts factsWith(Color color) {
			return EntryFacts.of(color, this.nat, this.vaccination);
		}

		CheckInResult.Vaccination shownVaccination() {
			return new CheckInResult.Vaccination(this.vaccination.state(), this.vaccination.doses());
		}

	}

}
