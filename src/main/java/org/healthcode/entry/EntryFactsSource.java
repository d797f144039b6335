package org.healthcode.entry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.healthcode.person.PersonId;

/** Where the facts about a person at the door come from. */
public interface EntryFactsSource {

	EntryFacts factsOf(PersonId personId);

	/** The facts of several people, e.g. a holder and their companions. */
	default Map<PersonId, EntryFacts> factsOf(Collection<PersonId> personIds) {
		Map<PersonId, EntryFacts> facts = new LinkedHashMap<>();
		personIds.forEach(id -> facts.put(id, factsOf(id)));
		return facts;
	}

}
