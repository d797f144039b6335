package org.healthcode.companion;

import org.healthcode.health.Color;
import org.healthcode.person.PersonId;

/**
 * A person a resident brings along, as the resident sees them: masked, with their current
 * colour.
 *
 * @param withMe whether the companion is selected for the resident's next scan
 */
public record Companion(long id, PersonId personId, String maskedName, String maskedIdNumber, Relation relation,
		boolean withMe, Color color) {
}
