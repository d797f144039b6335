package org.healthcode.person;

import java.time.Instant;

/**
 * An official corrected a person's identity: their name, or which resident account it
 * belongs to. Audited; the companion module asks the (new) holder to confirm again who
 * may bring them along.
 *
 * @param previousAccountId the account that held the identity before, null if none
 * @param accountId the account holding it now, null if none
 */
public record PersonIdentityCorrected(PersonId personId, Change change, Long previousAccountId, Long accountId,
		String actorRole, long actorAccountId, CorrectionReason reason, Instant at) {

	/** What was corrected. */
	public enum Change {

		/** The name. */
		NAME,

		/** The account the identity belongs to (and the name with it). */
		ACCOUNT

	}

}
