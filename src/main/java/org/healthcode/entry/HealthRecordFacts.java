package org.healthcode.entry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.health.NatSource;
import org.healthcode.health.NatSummary;
import org.healthcode.health.VaccinationSource;
import org.healthcode.health.VaccinationSummary;
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
		Map<PersonId, Color> colors = this.health.currentColors(personIds);
		// every source reads the whole group in one statement, not one per companion
		Map<PersonId, NatSummary> tests = withTests ? this.nat.natOf(colors.keySet()) : Map.of();
		Map<PersonId, VaccinationSummary> doses = withTests ? this.vaccination.vaccinationOf(colors.keySet())
				: Map.of();
		Map<PersonId, EntryFacts> facts = new LinkedHashMap<>();
		colors.forEach((id, color) -> facts.put(id,
				withTests ? EntryFacts.of(color, tests.get(id), doses.get(id)) : EntryFacts.colorOnly(color)));
		return facts;
	}

}
