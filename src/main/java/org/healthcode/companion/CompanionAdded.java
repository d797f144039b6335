package org.healthcode.companion;

import java.time.Instant;

import org.healthcode.person.PersonId;

/**
 * A resident added (or added again) a companion entry; audited.
 *
 * @param awaitingConfirmation whether the person has an account and must accept first
 */
public record CompanionAdded(long companionId, long ownerAccount, PersonId personId, boolean awaitingConfirmation,
		Instant at) {
}
