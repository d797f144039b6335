package org.healthcode.person;

import java.time.Instant;

/**
 * A resident account registered its real identity.
 *
 * @param claimedExisting whether the person existed before (as a companion or with a
 * status)
 */
public record ProfileRegistered(PersonId personId, long accountId, boolean claimedExisting, Instant at) {
}
