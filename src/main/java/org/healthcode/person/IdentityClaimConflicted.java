package org.healthcode.person;

import java.time.Instant;

/**
 * A resident tried to register an ID number that another account had registered already
 * ({@code ID_NUMBER_TAKEN}). Recorded in the audit log so that an official deciding the
 * identity-correction appeal that follows can find both accounts; resolved with
 * {@link PersonService#reassign}.
 *
 * @param accountId the account that was refused
 * @param holderAccountId the account that holds the identity
 */
public record IdentityClaimConflicted(PersonId personId, long accountId, long holderAccountId, Instant at) {
}
