package org.healthcode.entry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.healthcode.health.HealthService;
import org.healthcode.person.PersonId;

import org.springframework.stereotype.Component;

/**
 * The facts known today: the colour from the health module.
 */
@Component
class HealthColorFacts implements EntryFactsSource {

	private final HealthService health;

	HealthColorFacts(HealthService health) {
		this.health = health;
	}

	@Override
	public EntryFacts factsOf(PersonId personId) {
		return EntryFacts.colorOnly(this.health.current(personId).color());
	}

	@Override
	public Map<PersonId, EntryFacts> factsOf(Collection<PersonId> personIds) {
		Map<PersonId, EntryFacts> facts = new LinkedHashMap<>();
		// NAT and vaccination are NONE until the testing module's sources replace them
		// here
		this.health.currentColors(personIds).forEach((id, color) -> facts.put(id, EntryFacts.colorOnly(color)));
		return facts;
	}

}
