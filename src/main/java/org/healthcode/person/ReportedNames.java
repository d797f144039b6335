package org.healthcode.person;

import java.util.Collection;
import java.util.Map;

/**
 * Names other modules were told for persons who have no name of their own yet, such as
 * the name a resident typed when adding someone as a companion (kept on the companion
 * entry, not on the person). {@link PersonService#profiles} falls back to them for a
 * person without a name of their own, so a venue's entry list and the tracing console
 * still say who was there. They never decide anything: a registration, a duplicate check
 * or a name check ignores them, and the person's own registration replaces them
 * everywhere. Screens that show residents their own companions use the name that resident
 * typed instead ({@code CompanionService}), never one another resident gave.
 */
public interface ReportedNames {

	/** The full names known for some of these persons; persons without one are absent. */
	Map<PersonId, String> of(Collection<PersonId> persons);

}
