package org.healthcode.person;

import java.time.Instant;

/**
 * A resident account registered its real identity.
 *
 * @param claimedExisting whether the person existed before (as a companion or with a
 * status)
 * @param nameReplaced whether the person had a different name before (one staff typed):
 * the holder's own, verified registration replaced it
 */
public record ProfileRegistered(PersonId personId, long accountId, boolean claimedExisting, boolean nameReplaced,
		Instant at) {

	public ProfileRegistered(PersonId personId, long accountId, boolean claimedExisting, Instant at) {
		this(personId, accountId, claimedExisting, false, at);
	}

}
