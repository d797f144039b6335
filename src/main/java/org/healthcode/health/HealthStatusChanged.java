package org.healthcode.health;

import java.time.Instant;

import org.healthcode.person.PersonId;

/**
 * A person's status changed: set by staff or carried forward by the rules when it
 * expired. Published inside the changing transaction, so listeners that write in
 * {@code BEFORE_COMMIT} (the audit) commit or roll back together with the change.
 */
public record HealthStatusChanged(PersonId personId, Color previousColor, Color color, StatusReason reason, Instant at,
		Instant expiresAt, Color nextColor, StatusActor actor) {
}
