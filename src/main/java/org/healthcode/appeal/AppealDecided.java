package org.healthcode.appeal;

import java.time.Instant;

import org.healthcode.health.Color;
import org.healthcode.person.PersonId;

/**
 * An official decided an appeal; published in the deciding transaction (notices hear it
 * after the commit).
 *
 * @param approved true for APPROVE
 * @param color the person's colour after the decision
 */
public record AppealDecided(long appealId, PersonId personId, boolean approved, Color color, Instant at) {
}
