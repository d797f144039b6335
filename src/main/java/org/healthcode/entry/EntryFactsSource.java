package org.healthcode.entry;

import java.util.Collection;
import java.util.Map;

import org.healthcode.person.PersonId;

/** Where the facts about a person at the door come from. */
public interface EntryFactsSource {

	EntryFacts factsOf(PersonId personId);

	/** The facts of several people, e.g. a holder and their companions. */
	default Map<PersonId, EntryFacts> factsOf(Collection<PersonId> personIds) {
		return factsOf(personIds, true);
	}

	/**
	 * The facts of several people; without tests only their colours (a door whose rule
	 * asks nothing of tests or vaccination need not read them).
	 */
	Map<PersonId, EntryFacts> factsOf(Collection<PersonId> personIds, boolean withTests);

}
