package org.healthcode.entry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.entry.EntryFacts.NatFact;
import org.healthcode.entry.EntryFacts.VaccinationFact;
import org.healthcode.health.HealthService;
import org.healthcode.health.NatSource;
import org.healthcode.health.NatSummary;
import org.healthcode.health.VaccinationSource;
import org.healthcode.person.PersonId;

import org.springframework.stereotype.Component;

/**
 * The facts from the health record: the colour from the health module, the latest
 * nucleic-acid test and the vaccination through the ports the testing and vaccination
 * modules implement.
 */
@Component
class HealthRecordFacts implements EntryFactsSource {

	private final HealthService health;

	private final NatSource nat;

	private final VaccinationSource vaccination;

	HealthRecordFacts(HealthService health, NatSource nat, VaccinationSource vaccination) {
		this.health = health;
		this.nat = nat;
		this.vaccination = vaccination;
	}

	@Override
	public EntryFacts factsOf(PersonId personId) {
		return factsOf(List.of(personId), true).get(personId);
	}

	@Override
	public Map<PersonId, EntryFacts> factsOf(Collection<PersonId> personIds, boolean withTests) {
		Map<PersonId, EntryFacts> facts = new LinkedHashMap<>();
		this.health.currentColors(personIds)
			.forEach((id, color) -> facts.put(id,
					withTests ? new EntryFacts(color, natOf(this.nat.natOf(id)), vaccinationOf(id))
							: EntryFacts.colorOnly(color)));
		return facts;
	}

	private static NatFact natOf(NatSummary summary) {
		return new NatFact(EntryFacts.NatState.valueOf(summary.state().name()), summary.sampledAt());
	}

	private VaccinationFact vaccinationOf(PersonId id) {
		return new VaccinationFact(
				EntryFacts.VaccinationState.valueOf(this.vaccination.vaccinationOf(id).state().name()));
	}

}
