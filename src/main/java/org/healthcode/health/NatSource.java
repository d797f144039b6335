package org.healthcode.health;

import org.healthcode.person.PersonId;

/**
 * Where the health code reads a person's latest nucleic-acid test. Implemented by the
 * testing module, which depends on this one (so this module does not depend on it).
 */
public interface NatSource {

	NatSummary natOf(PersonId personId);

}
