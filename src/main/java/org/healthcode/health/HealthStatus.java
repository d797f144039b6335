package org.healthcode.health;

import java.time.Instant;

import org.healthcode.person.PersonId;

/**
 * A person's status as it holds at some moment. A person never assessed has the
 * configured default colour and no reason, set time or expiry.
 *
 * @param expiresAt when the status turns into {@code nextColor}, or null if it stays
 */
public record HealthStatus(PersonId personId, Color color, StatusReason reason, Instant setAt, Instant expiresAt,
		Color nextColor) {

	static HealthStatus unassessed(PersonId personId, Color defaultColor) {
		return new HealthStatus(personId, defaultColor, null, null, null, null);
	}

	public boolean assessed() {
		return this.reason != null;
	}

}
