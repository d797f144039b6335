package org.healthcode.person;

import java.time.Instant;

/**
 * A name was checked against an ID number and did not belong to it (or was not the
 * person's registered name). Carries no name and no ID number: the ID number only as its
 * blind index, the person when one is known. The audit module records it.
 *
 * @param personId the person with that ID number, null if nobody is known by it
 * @param accountId the account that made the attempt
 * @param actorRole {@code RESIDENT}, {@code OFFICIAL}, ...
 * @param subjectIndex blind index of the ID number tried
 * @param failures failed checks of that account within the throttle window, this one
 * included
 * @param limit how many it may make; at the limit further checks are refused
 */
public record IdentityCheckFailed(Long personId, long accountId, String actorRole, byte[] subjectIndex,
		IdentityCheckPurpose purpose, int failures, int limit, Instant at) {
}
