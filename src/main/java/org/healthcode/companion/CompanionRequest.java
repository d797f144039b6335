package org.healthcode.companion;

import java.time.Instant;

/**
 * A resident asking to bring the signed-in resident along as their companion, as the one
 * asked sees it.
 *
 * @param id the request's id (the requester's companion entry)
 * @param requesterMaskedName the requester's registered name, masked
 * @param relation how the requester says they are related to them
 * @param state {@code PENDING} (not answered) or {@code ACCEPTED} (can be withdrawn)
 */
public record CompanionRequest(long id, String requesterMaskedName, Relation relation, State state,
		Instant requestedAt) {

	public enum State {

		PENDING, ACCEPTED

	}

}
