package org.healthcode.companion;

import java.time.Instant;

import org.healthcode.person.PersonId;

/**
 * The person behind a companion entry accepted it, or declined (or withdrew) it, from
 * their own account; audited.
 */
public record CompanionLinkDecided(long companionId, long ownerAccount, PersonId personId, long holderAccount,
		boolean accepted, Instant at) {
}
